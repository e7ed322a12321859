/**
 * A problem with what the user gave us (a report, a diff, a flag). It is
 * printed as one line and never as a stack trace; the CLI exits 2 on it.
 */
export class InputError extends Error {
  constructor(
    /** The file (or input name) at fault, as the user wrote it. */
    readonly source: string,
    readonly problem: string,
  ) {
    super(source ? `${source}: ${problem}` : problem);
    this.name = 'InputError';
  }
}

/** A one-line message for any thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] || error.name;
  return String(error);
}
