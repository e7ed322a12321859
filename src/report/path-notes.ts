/**
 * What path learning tells people (src/report/paths.ts): one log line per
 * group of keys, and a note when keys from another machine found no root in
 * the checkout.
 */
import type { LearntRoot } from './paths.js';

/** One log line: which keys, what was dropped or added, and whether the checkout confirmed it. */
export function describeRoot(
  count: number,
  first: readonly string[],
  root: LearntRoot,
  relative: boolean,
  learnt: boolean,
): string {
  const keys = relative
    ? counted(count, 'relative key')
    : `${counted(count, 'absolute key')} from another machine`;
  const dropped = first.slice(0, root.strip).join('/');
  const change = [
    ...(root.strip ? [`${JSON.stringify(`${relative ? '' : '/'}${dropped}/`)} dropped`] : []),
    ...(root.add.length ? [`${JSON.stringify(`${root.add.join('/')}/`)} put in front`] : []),
  ];
  const how = change.length ? change.join(', ') : 'read from the repository root';
  const why = learnt
    ? `learnt from ${counted(root.confirmed, 'file')} of the checkout`
    : 'no checkout file confirms a root';
  return `${keys}: ${how} (${why})`;
}

// render/format has one too; the report layer cannot import it.
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The note for keys from another machine that no checkout file placed: `example` is how one of them reads now. */
export function unconfirmedRootNote(source: string, example: string): string {
  return `${source}: its paths are from another machine and no file of the checkout confirms where they belong here, so they read as ${JSON.stringify(example)} and the like. Set path-prefix if that is wrong.`;
}
