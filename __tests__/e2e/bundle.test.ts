// What only the process boundary shows, on the bundled action (dist/index.js
// as the runner starts it): the exit code and the outputs file of each mode,
// and memory staying bounded while hostile artifacts are read. The flows'
// behaviour is tested in process, in __tests__/flow/.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import {
  checkRun,
  checkRunOptions,
  endToEnd,
  prComments,
  pushRun,
  startGitHub,
} from '../support/e2e.js';
import { makeZip, withDeclaredSize, zerosZip } from '../support/fake-github/zip.js';
import { actionYml, runAction } from '../support/run-action.js';
import { fixture, reportTotal, workspace } from '../support/scenario.js';

endToEnd();

test('check, then record, through the bundle: exit codes, every output in the outputs file, the summary', async () => {
  const gh = await startGitHub();
  const passing = await checkRun(gh);
  expect({ code: passing.code, stderr: passing.stderr }).toEqual({ code: 0, stderr: '' });
  expect(passing.stdout).toMatch(/^Mode: check \(from the pull_request event\)$/m);
  // Every output action.yml declares is in the outputs file, set or empty,
  // but the files only record mode writes.
  const recordOnly = ['badge-file', 'baseline-file', 'history-file'];
  const declared = Object.keys(actionYml.outputs).sort();
  expect(Object.keys(passing.outputs).sort()).toEqual(
    declared.filter((name) => !recordOnly.includes(name)),
  );
  expect(passing.outputs.coverage).toBe(reportTotal('py7-branch', 'head'));
  expect(passing.summary).toContain(`${reportTotal('py7-branch', 'head')}%`);
  expect(prComments(gh)).toHaveLength(1);

  const failing = await checkRun(gh, { inputs: { 'min-coverage': '99' } });
  expect(failing.code).toBe(1);
  expect(failing.errors).toEqual([expect.stringMatching(/^Coverage gate failed: min-coverage/)]);

  const record = await pushRun(gh);
  expect(record.code).toBe(0);
  expect(record.stdout).toMatch(/^Mode: record \(from the push event\)$/m);
  expect(Object.keys(record.outputs).sort()).toEqual(declared);
  for (const file of recordOnly) expect(existsSync(record.outputs[file] as string)).toBe(true);
});

test('behind a proxy (HTTP_PROXY) the API is reached through it: undici, loaded on demand, in the bundle', async () => {
  const gh = await startGitHub();
  // A CONNECT proxy that reaches every host it is asked for on this machine.
  const tunnels: string[] = [];
  const proxy = createServer();
  proxy.on('connect', (req, client, head) => {
    tunnels.push(req.url ?? '');
    const upstream = connect(Number(new URL(`http://${req.url}`).port), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  try {
    // A host name only the proxy can reach (loopback addresses bypass a proxy).
    const api = `api.github.test:${new URL(gh.url).port}`;
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const run = await runAction({
      ...checkRunOptions(gh, { env: { HTTP_PROXY: proxyUrl, http_proxy: proxyUrl } }),
      apiUrl: `http://${api}`,
    });
    expect({ code: run.code, stderr: run.stderr, errors: run.errors }).toEqual({
      code: 0,
      stderr: '',
      errors: [],
    });
    expect(prComments(gh)).toHaveLength(1);
    expect(tunnels.length).toBeGreaterThan(0);
    expect([...new Set(tunnels)]).toEqual([api]);
  } finally {
    proxy.close();
  }
});

test('bad input through the bundle: exit 1 with one error line naming the file', async () => {
  const gh = await startGitHub();
  const run = await checkRun(gh, { workspace: workspace('{"files": ') });
  expect(run.code).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(/^coverage\.json: /);
  expect(prComments(gh)).toHaveLength(0);
});

test('zip bombs in the baseline artifact: refused with the memory of the step bounded', async () => {
  const bomb = await zerosZip();
  const cases: [string, Uint8Array, RegExp, number][] = [
    ['bomb', bomb, /declares 300 MiB, past the 256 MiB cap/, 200 * 1024],
    // The same bomb lying about its size: inflating stops at the cap.
    [
      'lying bomb',
      withDeclaredSize(bomb, 'coverage.json', 1000),
      /expands past the 256 MiB cap/,
      (256 + 200) * 1024,
    ],
  ];
  for (const [name, zip, message, limitKiB] of cases) {
    const gh = await startGitHub({ patch: (r) => (r.id === 501 ? { ...r, zip } : r) });
    const run = await checkRun(gh);
    expect({ name, errors: run.errors, code: run.code }).toEqual({ name, errors: [], code: 0 });
    expect(run.warnings.map((w) => w.message).join('\n')).toMatch(message);
    expect(run.peakRssKiB).toBeGreaterThan(0);
    expect(run.peakRssKiB).toBeLessThan(limitKiB);
    await gh.close();
  }
}, 120_000);

test('a 200 MB history beside the baseline: skipped with a warning, the memory of the step bounded', async () => {
  const zip = makeZip({
    'coverage.json': fixture('py7-branch/base/coverage.json'),
    'coverage-history.json': new Uint8Array(200 * 1024 * 1024),
  });
  const gh = await startGitHub({ patch: (r) => (r.id === 501 ? { ...r, zip } : r) });
  const run = await checkRun(gh);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  expect(run.warnings.map((w) => w.message).join('\n')).toMatch(
    /^The history in artifact "coverage-baseline" of run #\d+ was skipped: /m,
  );
  expect(run.outputs['base-coverage']).toBe(reportTotal('py7-branch', 'base'));
  expect(run.peakRssKiB).toBeGreaterThan(0);
  expect(run.peakRssKiB).toBeLessThan(400 * 1024);
}, 120_000);
