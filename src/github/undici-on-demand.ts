/**
 * Stands in for `undici` in the bundle (scripts/build.mjs points every
 * `undici` import here). @actions/github fetches through undici so that a
 * proxy named by HTTPS_PROXY / NO_PROXY is honoured; without a proxy Node's
 * own fetch serves, and the library (a quarter of the action's bundle) loads
 * only when a proxy agent is first used.
 */
import type { Dispatcher, ProxyAgent as UndiciProxyAgent } from 'undici';

const importUndici = () => import('undici');
type Undici = Awaited<ReturnType<typeof importUndici>>;
let undici: Promise<Undici> | undefined;
const loadUndici = (): Promise<Undici> => {
  undici ??= importUndici();
  return undici;
};

/** undici's ProxyAgent, built when the first request goes through it. */
export class ProxyAgent {
  /** Read by @actions/http-client when told to ignore TLS errors, which @actions/github never is. */
  options: Record<string, unknown> = {};
  private agent: Promise<Dispatcher> | undefined;

  constructor(readonly init: UndiciProxyAgent.Options) {}

  dispatcher(): Promise<Dispatcher> {
    this.agent ??= loadUndici().then((lib) => new lib.ProxyAgent(this.init));
    return this.agent;
  }
}

/** undici's fetch through a proxy agent; Node's fetch otherwise. */
export async function fetch(
  input: string | URL | Request,
  init?: Omit<RequestInit, 'dispatcher'> & { dispatcher?: unknown },
): Promise<Response> {
  const via = init?.dispatcher;
  if (via instanceof ProxyAgent) {
    const lib = await loadUndici();
    const response = await lib.fetch(input as Parameters<Undici['fetch']>[0], {
      ...(init as Parameters<Undici['fetch']>[1]),
      dispatcher: await via.dispatcher(),
    });
    return response as unknown as Response;
  }
  return globalThis.fetch(input, init as RequestInit);
}
