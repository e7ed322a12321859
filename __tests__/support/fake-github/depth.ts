// The sequential depth of a run's requests: the longest chain of requests
// that do not overlap in time (each starts after the one before it answered),
// from the fake's own timestamps. With a fixed latency per request this is
// the number of round trips the caller waited for one after another.
import type { RecordedRequest } from './server.js';

export function sequentialDepth(requests: readonly RecordedRequest[]): number {
  return longestChain(requests).length;
}

/** The requests of the longest chain, oldest first, for a failure message. */
export function longestChain(requests: readonly RecordedRequest[]): string[] {
  const done = requests
    .filter((r): r is RecordedRequest & { endedAt: number } => r.endedAt !== undefined)
    .sort((a, b) => a.startedAt - b.startedAt);
  const depth: number[] = [];
  const previous: number[] = [];
  done.forEach((request, i) => {
    depth[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      const earlier = done[j] as RecordedRequest & { endedAt: number };
      if (earlier.endedAt <= request.startedAt && (depth[j] ?? 0) + 1 > (depth[i] ?? 0)) {
        depth[i] = (depth[j] ?? 0) + 1;
        previous[i] = j;
      }
    }
  });
  let at = depth.indexOf(Math.max(0, ...depth));
  const chain: string[] = [];
  while (at >= 0) {
    const r = done[at] as RecordedRequest;
    chain.unshift(`${r.method} ${r.path}`);
    at = previous[at] ?? -1;
  }
  return chain;
}
