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
  // Checked by shape, not instanceof: errors from another realm (a VM
  // context, a worker) are not instances of this realm's Error.
  if (error !== null && typeof error === 'object' && typeof (error as Error).message === 'string') {
    const { message, name } = error as Error;
    return message.split('\n')[0] || String(name);
  }
  return String(error).split('\n')[0] as string;
}
