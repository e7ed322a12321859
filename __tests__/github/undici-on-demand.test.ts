/**
 * The bundle's stand-in for undici: Node's fetch without a proxy, undici's
 * fetch through the proxy agent when @actions/http-client makes one.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { fetch, ProxyAgent } from '../../src/github/undici-on-demand.js';

let api: Server;
let proxy: Server;
const tunnels: string[] = [];
const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

beforeAll(async () => {
  api = createServer((req, res) => res.end(`hello ${req.url}`));
  // A CONNECT proxy, the kind undici's ProxyAgent speaks to.
  proxy = createServer();
  proxy.on('connect', (req, client, head) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
  });
  await Promise.all([api, proxy].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
});
afterAll(async () => {
  await Promise.all([api, proxy].map((s) => new Promise((r) => s.close(r))));
});

test('without a proxy agent the request goes straight to the server', async () => {
  tunnels.length = 0;
  const response = await fetch(`${url(api)}/direct`, { headers: { accept: 'text/plain' } });
  expect(await response.text()).toBe('hello /direct');
  expect(tunnels).toEqual([]);
});

test('with the proxy agent it goes through the proxy', async () => {
  tunnels.length = 0;
  const agent = new ProxyAgent({ uri: url(proxy) });
  const response = await fetch(`${url(api)}/via-proxy`, { dispatcher: agent });
  expect(response.status).toBe(200);
  expect(await response.text()).toBe('hello /via-proxy');
  expect(tunnels).toEqual([url(api).replace('http://', '')]);
  await (await agent.dispatcher()).close();
});
