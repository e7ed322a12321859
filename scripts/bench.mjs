// `npm run bench`: generates coverage.py reports at our users' sizes from a
// seed, then times the bundled CLI against the floor (read + JSON.parse) and
// diff-cover, as whole processes. Within a case the tools take turns
// (A B C A B C ...) after one warm-up each, so a machine that slows down or
// speeds up affects them alike; every figure is the median of its samples.
// Also: start-up on a small report against `node -e 0`, the action's time to
// its first request against the fake GitHub API, and a run from a folder of
// 100,000 files outside git against one from an empty folder. Prints a table,
// writes bench-results/bench.json.
//
// Options: --runs N (default 5), --only a,b,...,startup,action,folder (case ids),
// --regenerate.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COMPONENT_COUNT, COMPONENT_FILES, ensureComponentsCase } from './bench/components.mjs';
import { generateLayout } from './bench/generate.mjs';
import { loadApiSupport } from './bench/load-api-support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench-results');
const dataDir = join(out, 'data');
const cli = join(root, 'dist/cli.js');
const floor = join(root, 'scripts/bench/floor.mjs');
// Every process runs on the Node that runs the bench (the action's test support spawns
// process.execPath too): `/path/to/node scripts/bench.mjs` measures another version.
const NODE = process.execPath;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    regenerate: { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const ONLY = values.only ? new Set(values.only.split(',')) : null;
const SEED = 20261124;

const LAYOUTS = {
  py: {
    seed: SEED,
    fileCount: 1000,
    statements: 57_800,
    contexts: [
      ['ctx30', 1.0],
      ['ctx100', 3.9],
    ],
    prs: [
      { name: 'pr-small', seed: 11, lines: 400 },
      { name: 'pr-large', seed: 12, lines: 54_000 },
    ],
  },
  mono: {
    seed: SEED + 1,
    fileCount: 10_000,
    statements: 480_000,
    prefix: 'services',
    contexts: [],
    prs: [{ name: 'pr-small', seed: 13, lines: 3_000 }],
  },
  tiny: {
    seed: SEED + 2,
    fileCount: 8,
    statements: 400,
    contexts: [],
    prs: [{ name: 'pr-small', seed: 14, lines: 40 }],
  },
};

/** Regenerates the data when it is missing or the generator changed. */
function ensureData() {
  const stamp = createHash('sha256')
    .update(readFileSync(join(root, 'scripts/bench/generate.mjs')))
    .update(JSON.stringify(LAYOUTS))
    .digest('hex');
  const manifestPath = join(dataDir, 'manifest.json');
  if (!values.regenerate && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.stamp === stamp) return manifest.layouts;
  }
  mkdirSync(dataDir, { recursive: true });
  const layouts = {};
  for (const [name, spec] of Object.entries(LAYOUTS)) {
    const started = Date.now();
    process.stderr.write(`generating ${name}... `);
    layouts[name] = generateLayout(join(dataDir, name), spec);
    process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  writeFileSync(manifestPath, JSON.stringify({ stamp, layouts }, null, 2));
  return layouts;
}

/**
 * GNU time does the measuring and diff-cover is the peer; on a bare Debian
 * machine where we are root, the bench installs them (CI does the same for
 * its own needs); elsewhere it says what is missing.
 */
function ensureDebianPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/time')) missing.push('time');
  if (spawnSync('diff-cover', ['--version']).status !== 0) missing.push('diff-cover');
  const canInstall =
    missing.length > 0 &&
    process.getuid?.() === 0 &&
    spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) return;
  console.error(`installing ${missing.join(', ')} with apt-get`);
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

ensureDebianPackages();
const hasTime = existsSync('/usr/bin/time');
const hasDiffCover = spawnSync('diff-cover', ['--version']).status === 0;
if (!hasTime) {
  console.error('GNU time (/usr/bin/time) is required: apt-get install -y time');
  process.exit(2);
}

/**
 * Runs a command under GNU time: wall seconds (timed here, to the
 * microsecond; GNU time rounds to 10 ms), CPU seconds (user+sys), peak RSS in MB.
 */
function measure(command, args, cwd = root, env = {}) {
  const timing = join(tmpdir(), `bench-time-${process.pid}.txt`);
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timing, command, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  }
  const wall = (performance.now() - started) / 1000;
  const [, user, sys, rss] = readFileSync(timing, 'utf8')
    .trim()
    .split('\n')
    .pop()
    .split(' ')
    .map(Number);
  return { wall, cpu: user + sys, rss: rss / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const summarise = (samples) => ({
  wall: median(samples.map((s) => s.wall)),
  cpu: median(samples.map((s) => s.cpu)),
  rss: median(samples.map((s) => s.rss)),
  samples,
});

/**
 * Times several tools taking turns: one warm-up run each (it fills the page
 * cache with the inputs), then `runs` rounds of A B C ...; medians per tool.
 * `tools` maps a name to [command, args, cwd?, env?].
 */
function timeInterleaved(tools, runs = RUNS) {
  const entries = Object.entries(tools);
  for (const [, [command, args, cwd, env]] of entries) measure(command, args, cwd, env);
  const samples = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, [command, args, cwd, env]] of entries)
      samples[name].push(measure(command, args, cwd, env));
  }
  return Object.fromEntries(entries.map(([name]) => [name, summarise(samples[name])]));
}

const mb = (path) => statSync(path).size / 1e6;

function cases(layouts) {
  const py = join(dataDir, 'py');
  const mono = join(dataDir, 'mono');
  const list = [
    {
      id: 'a',
      name: `57,800 statements, 1,000 files (head ${Math.round(mb(join(py, 'head.json')))} MB)`,
      head: join(py, 'head.json'),
      base: join(py, 'base.json'),
      diff: join(py, 'pr-small.diff'),
      peer: { dir: py, branch: 'pr-small' },
    },
    {
      id: 'b',
      name: `same, per-test contexts (head ${Math.round(mb(join(py, 'ctx30/head.json')))} MB)`,
      head: join(py, 'ctx30/head.json'),
      base: join(py, 'ctx30/base.json'),
      diff: join(py, 'pr-small.diff'),
      peer: { dir: py, branch: 'pr-small', sameAs: 'a' },
    },
    {
      id: 'c',
      name: `same, per-test contexts (head ${Math.round(mb(join(py, 'ctx100/head.json')))} MB)`,
      head: join(py, 'ctx100/head.json'),
      base: join(py, 'ctx100/base.json'),
      diff: join(py, 'pr-small.diff'),
      peer: { dir: py, branch: 'pr-small', sameAs: 'a' },
    },
    {
      id: 'd',
      name: `monorepo, ${layouts.mono.files.toLocaleString('en')} files, ${layouts.mono.statements.toLocaleString('en')} statements`,
      head: join(mono, 'head.json'),
      base: join(mono, 'base.json'),
      diff: join(mono, 'pr-small.diff'),
      peer: { dir: mono, branch: 'pr-small' },
    },
    {
      id: 'e',
      name: `${layouts.py.diffs['pr-large'].toLocaleString('en')}-line PR diff on (a)`,
      head: join(py, 'head.json'),
      base: join(py, 'base.json'),
      diff: join(py, 'pr-large.diff'),
      peer: { dir: py, branch: 'pr-large' },
    },
  ];
  return list.filter((c) => !ONLY || ONLY.has(c.id));
}

function diffCoverArgs(dir, extra = []) {
  return [
    join(dir, 'head.xml'),
    '--compare-branch=base',
    '--ignore-staged',
    '--ignore-unstaged',
    ...extra,
  ];
}

/** diff-cover's patch figures next to ours, to show both did the same work. */
function crossCheck(c) {
  const repo = join(c.peer.dir, 'repo');
  execFileSync('git', ['checkout', '-q', c.peer.branch], { cwd: repo });
  const report = join(tmpdir(), `bench-dc-${process.pid}.json`);
  spawnSync('diff-cover', diffCoverArgs(c.peer.dir, ['--json-report', report, '-q']), {
    cwd: repo,
  });
  const dc = JSON.parse(readFileSync(report, 'utf8'));
  const ours = JSON.parse(
    execFileSync(
      NODE,
      [cli, '--coverage', c.head, '--base', c.base, '--diff', c.diff, '--format', 'json'],
      { cwd: repo, maxBuffer: 1 << 30 },
    ).toString('utf8'),
  );
  return {
    diffCover: { lines: dc.total_num_lines, missing: dc.total_num_violations },
    ours: { lines: ours.patch.lines, missing: ours.patch.lines - ours.patch.covered },
  };
}

const fmtS = (s) => (s < 1 ? `${Math.round(s * 1000)} ms` : `${s.toFixed(2)} s`);
const fmtMB = (m) => `${Math.round(m)} MB`;
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '—');

/** Milliseconds from spawning `command` to its exit, measured here (as the action's first request is). */
function spawnMs(command, args) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', fail);
    child.on('close', () => done(performance.now() - started));
  });
}

/**
 * The action on a pull request against the fake GitHub API (no latency):
 * spawn to first request, taking turns with `node -e 0` spawn to exit.
 */
async function actionLoad(runs) {
  const support = await loadApiSupport(root);
  const name = 'pull request, 1 page of comments';
  await support.runCase(name, 0);
  await spawnMs(NODE, ['-e', '0']);
  const first = [];
  const bare = [];
  for (let i = 0; i < runs; i++) {
    first.push((await support.runCase(name, 0)).firstRequestMs);
    bare.push(await spawnMs(NODE, ['-e', '0']));
  }
  return {
    id: 'action',
    name: 'the action, spawn to its first request (pull request)',
    firstRequestMs: median(first),
    nodeMs: median(bare),
    ownMs: median(first) - median(bare),
    samples: { firstRequestMs: first, nodeMs: bare },
  };
}

const MANY = 100_000;

/** A folder of 100,000 files in 100 folders, outside any git repository, and an empty one. */
function ensureFolders() {
  const parent = join(tmpdir(), 'coverage-gate-bench');
  const many = join(parent, 'many');
  const empty = join(parent, 'empty');
  mkdirSync(empty, { recursive: true });
  const marker = join(many, '.complete');
  if (!existsSync(marker)) {
    process.stderr.write(`writing ${MANY.toLocaleString('en')} files... `);
    for (let d = 0; d < 100; d++) {
      const dir = join(many, `pkg${String(d).padStart(3, '0')}`);
      mkdirSync(dir, { recursive: true });
      for (let f = 0; f < MANY / 100; f++) writeFileSync(join(dir, `mod${f}.py`), '');
    }
    writeFileSync(marker, '');
    process.stderr.write('done\n');
  }
  return { many, empty };
}

async function main() {
  const started = Date.now();
  if (!existsSync(cli)) {
    console.error('dist/cli.js is missing: run npm run build');
    process.exit(2);
  }
  // The generated layouts only for the cases that read them.
  const needsLayouts =
    !ONLY || ['a', 'b', 'c', 'd', 'e', 'startup', 'folder'].some((id) => ONLY.has(id));
  const layouts = needsLayouts ? ensureData() : null;
  const results = [];
  const peers = {};
  for (const c of layouts ? cases(layouts) : []) {
    process.stderr.write(`case ${c.id}: ${c.name}\n`);
    const args = ['--coverage', c.head, '--base', c.base, '--diff', c.diff];
    const repo = join(c.peer.dir, 'repo');
    // Run in the report's checkout, as a user runs it (and as diff-cover runs).
    const turns = {
      ours: [NODE, [cli, ...args, '--format', 'json'], repo],
      'ours (markdown)': [NODE, [cli, ...args, '--format', 'markdown'], repo],
      floor: [NODE, [floor, c.head, c.base, c.diff], root],
    };
    const key = `${c.peer.dir}:${c.peer.branch}`;
    // diff-cover takes its turns in the first case that reads its inputs; later cases on the same XML reuse them.
    const peerTurn = hasDiffCover && !peers[key];
    if (peerTurn) {
      execFileSync('git', ['checkout', '-q', c.peer.branch], { cwd: repo });
      turns['diff-cover'] = ['diff-cover', diffCoverArgs(c.peer.dir), repo];
    }
    const tools = timeInterleaved(turns);
    if (peerTurn) peers[key] = tools['diff-cover'];
    let check = null;
    if (hasDiffCover) {
      tools['diff-cover'] = peers[key];
      if (!c.peer.sameAs) check = crossCheck(c);
      execFileSync('git', ['checkout', '-q', 'base'], { cwd: repo });
    }
    results.push({
      id: c.id,
      name: c.name,
      inputs: {
        headMB: mb(c.head),
        baseMB: mb(c.base),
        diffMB: mb(c.diff),
        xmlMB: mb(join(c.peer.dir, 'head.xml')),
      },
      tools,
      ...(check ? { patchCrossCheck: check } : {}),
      ...(c.peer.sameAs
        ? {
            peerNote: `diff-cover reads the same Cobertura XML as case ${c.peer.sameAs} (coverage.py XML has no contexts)`,
          }
        : {}),
    });
  }
  const tinyHead = join(dataDir, 'tiny', 'head.json');
  const tinyRepo = join(dataDir, 'tiny', 'repo');
  const smallRuns = Math.max(RUNS, 11);
  if (!ONLY || ONLY.has('startup')) {
    process.stderr.write('startup\n');
    results.push({
      id: 'startup',
      name: `small report (${layouts.tiny.files} files)`,
      inputs: { headMB: mb(tinyHead) },
      // Run in the report's checkout, as a user runs it.
      tools: timeInterleaved(
        {
          ours: [NODE, [cli, '--coverage', tinyHead, '--format', 'json'], tinyRepo],
          // A first run on a machine, or one that may not keep the compile cache.
          'ours (no compile cache)': [
            NODE,
            [cli, '--coverage', tinyHead, '--format', 'json'],
            tinyRepo,
            { NODE_DISABLE_COMPILE_CACHE: '1' },
          ],
          'node -e 0': [NODE, ['-e', '0'], tinyRepo],
        },
        smallRuns,
      ),
    });
  }
  if (!ONLY || ONLY.has('folder')) {
    process.stderr.write('folder\n');
    const { many, empty } = ensureFolders();
    const run = ['--coverage', tinyHead, '--format', 'json'];
    const out = JSON.parse(execFileSync(NODE, [cli, ...run], { cwd: many }).toString('utf8'));
    results.push({
      id: 'folder',
      name: `small report, run from a folder of ${MANY.toLocaleString('en')} files outside git`,
      inputs: { headMB: mb(tinyHead) },
      walkNote: out.notes.find((n) => /walk stopped/.test(n)) ?? null,
      tools: timeInterleaved(
        {
          ours: [NODE, [cli, ...run], many],
          'from an empty folder': [NODE, [cli, ...run], empty],
        },
        smallRuns,
      ),
    });
  }
  if (!ONLY || ONLY.has('components')) {
    process.stderr.write('components\n');
    const { head, components } = ensureComponentsCase(join(dataDir, 'components'));
    const run = [cli, '--coverage', head, '--path-prefix', '=> ', '--format', 'json'];
    const split = [
      '--components',
      readFileSync(components, 'utf8'),
      '--component-gates',
      '*: min-coverage=50',
    ];
    results.push({
      id: 'components',
      name: `${COMPONENT_FILES.toLocaleString('en')} files, ${COMPONENT_COUNT} components vs none`,
      inputs: { headMB: mb(head) },
      tools: timeInterleaved(
        {
          ours: [NODE, [...run, ...split], root],
          'no components': [NODE, run, root],
        },
        Math.max(RUNS, 11),
      ),
    });
  }
  const action = !ONLY || ONLY.has('action') ? await actionLoad(Math.max(RUNS, 7)) : null;

  const rows = [
    ['case', 'tool', 'wall', 'CPU', 'peak RSS', 'wall / floor', 'RSS / floor', 'wall / peer'],
  ];
  for (const r of results) {
    const base =
      r.tools.floor ??
      r.tools['node -e 0'] ??
      r.tools['from an empty folder'] ??
      r.tools['no components'];
    const peer = r.tools['diff-cover'];
    for (const [tool, t] of Object.entries(r.tools)) {
      const isOurs = tool.startsWith('ours');
      rows.push([
        `${r.id}: ${r.name}`,
        tool,
        fmtS(t.wall),
        fmtS(t.cpu),
        fmtMB(t.rss),
        isOurs ? ratio(t.wall, base.wall) : '',
        isOurs ? ratio(t.rss, base.rss) : '',
        isOurs && peer ? ratio(t.wall, peer.wall) : '',
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
  if (!hasDiffCover)
    console.log('\ndiff-cover is not installed (apt-get install -y diff-cover): peer skipped.');
  for (const r of results) {
    if (r.patchCrossCheck) {
      const { ours, diffCover } = r.patchCrossCheck;
      console.log(
        `case ${r.id}: patch lines ours ${ours.lines} (${ours.missing} missing), diff-cover ${diffCover.lines} (${diffCover.missing} missing)`,
      );
    }
  }
  const folder = results.find((r) => r.id === 'folder');
  if (folder)
    console.log(`case folder: ${folder.walkNote ? `noted: "${folder.walkNote}"` : 'NO NOTE'}`);
  if (action) {
    console.log(
      `\nthe action, spawn to its first request: ${fmtS(action.firstRequestMs / 1000)}; node -e 0, spawn to exit: ${fmtS(action.nodeMs / 1000)}; its own load: ${fmtS(action.ownMs / 1000)} (median of ${action.samples.nodeMs.length})`,
    );
  }

  // The README's table, in its own columns.
  const readmeRows = {
    a: '57,800 statements over 1,000 files (7 MB report)',
    b: 'the same with per-test contexts (37 MB)',
    c: 'the same with per-test contexts (102 MB)',
    d: 'monorepo, 10,000 files, 480,000 statements',
    e: '7 MB reports with a 50,133-line diff',
    startup: 'start-up on a small report, vs `node -e 0`',
    folder: 'run from 100,000 files outside git, vs an empty folder',
    components: '20,000 files with 50 components, vs the same run without',
  };
  console.log('\nREADME table:\n');
  console.log('| case | wall / floor | memory / floor | wall / diff-cover |');
  console.log('|---|--:|--:|--:|');
  for (const r of results) {
    const base =
      r.tools.floor ??
      r.tools['node -e 0'] ??
      r.tools['from an empty folder'] ??
      r.tools['no components'];
    const peer = r.tools['diff-cover'];
    const ours = r.tools.ours;
    console.log(
      `| ${readmeRows[r.id] ?? r.name} | ${ratio(ours.wall, base.wall)} | ${ratio(ours.rss, base.rss)} | ${peer ? ratio(ours.wall, peer.wall) : '—'} |`,
    );
  }
  if (action)
    console.log(
      `| the action's own load before its first request | ${Math.round(action.ownMs)} ms | | |`,
    );

  const seconds = (Date.now() - started) / 1000;
  const load = loadavg().map((l) => l.toFixed(2));
  console.log(
    `\n${RUNS} rounds per case, tools taking turns (median), ${cpus().length} CPUs, Node ${process.version}; load average ${load.join(' ')} at the end; ${seconds.toFixed(0)} s in all.`,
  );
  writeFileSync(
    join(out, 'bench.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        runs: RUNS,
        loadAverage: loadavg(),
        method:
          'tools of a case take turns (A B A B ...) after one warm-up each; wall timed around the process, GNU time -f "%U %S %M" for user+sys and max RSS; medians',
        seed: SEED,
        results,
        ...(action ? { action } : {}),
      },
      null,
      2,
    )}\n`,
  );
}

await main();
