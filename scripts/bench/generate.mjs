// Deterministic generator of coverage.py reports (format 3, branch data,
// function and class regions, optionally per-test contexts), their source
// trees, Cobertura XML and pull-request diffs, for the benchmark.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const normal = () => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, normal, pick };
}

const WORDS = [
  'billing',
  'accounts',
  'orders',
  'catalog',
  'search',
  'auth',
  'users',
  'payments',
  'invoices',
  'shipping',
  'reports',
  'api',
  'core',
  'utils',
  'models',
  'views',
  'services',
  'tasks',
  'events',
  'notifications',
  'audit',
  'pricing',
  'inventory',
  'ledger',
  'tax',
  'refunds',
  'exports',
  'imports',
  'scheduler',
  'cache',
  'storage',
  'admin',
  'forms',
  'serializers',
  'handlers',
  'adapters',
];

/** Python-style float token: 100.0, 42.857142857142854. */
function pyFloat(x) {
  return Number.isInteger(x) ? `${x}.0` : String(x);
}
const list = (xs) => `[${xs.join(', ')}]`;
const arcs = (xs) => `[${xs.map(([a, b]) => `[${a}, ${b}]`).join(', ')}]`;

function percent(statements, covered, branches, coveredBranches) {
  const d = statements + branches;
  return statements > 0 ? (100 * (covered + coveredBranches)) / d : 100;
}

/** One summary object in coverage.py 7.16's key order. */
function summary(s) {
  const pc = percent(s.statements, s.covered, s.branches, s.coveredBranches);
  const ps = s.statements > 0 ? (100 * s.covered) / s.statements : 100;
  const pb = s.branches > 0 ? (100 * s.coveredBranches) / s.branches : 100;
  return `{"covered_lines": ${s.covered}, "num_statements": ${s.statements}, "percent_covered": ${pyFloat(pc)}, "percent_covered_display": "${Math.round(pc)}", "missing_lines": ${s.statements - s.covered}, "excluded_lines": ${s.excluded}, "percent_statements_covered": ${pyFloat(ps)}, "percent_statements_covered_display": "${Math.round(ps)}", "num_branches": ${s.branches}, "num_partial_branches": ${s.partial}, "covered_branches": ${s.coveredBranches}, "missing_branches": ${s.branches - s.coveredBranches}, "percent_branches_covered": ${pyFloat(pb)}, "percent_branches_covered_display": "${Math.round(pb)}"}`;
}

/**
 * A source file's shape: which lines are statements, excluded, branch
 * points (with their two arcs), and its function and class regions.
 */
function makeFile(rand, path, statements) {
  const lines = [];
  let line = 0;
  const stmts = [];
  const excluded = [];
  const defs = [];
  // Module docstring and imports first.
  if (statements > 0) {
    line++;
    lines.push(`"""${path}."""`);
  }
  while (stmts.length < statements) {
    line++;
    const r = rand.next();
    if (r < 0.12) lines.push('');
    else if (r < 0.18) lines.push(`    # note ${line}`);
    else if (r < 0.185 && stmts.length > 3) {
      excluded.push(line);
      lines.push(`    raise NotImplementedError  # pragma: no cover ${line}`);
    } else {
      const isDef = stmts.length > 2 && rand.next() < 0.1;
      stmts.push(line);
      if (isDef) {
        defs.push(line);
        lines.push(`def f_${line}(request, value=None):`);
      } else lines.push(`    v_${line} = compute_${line % 97}(value, ${line})`);
    }
  }
  // Branch points: ~22% of statements, two arcs each.
  const branchLines = [];
  for (let i = 0; i < stmts.length - 1; i++) {
    if (rand.next() < 0.22) branchLines.push(i);
  }
  return { path, lines, stmts, excluded, defs, branchLines, length: line };
}

/** Which statements ran in one run, and the arcs taken. */
function runFile(rand, file, coverage) {
  const { stmts, defs, branchLines } = file;
  const executed = new Set();
  if (coverage > 0) {
    // Module-level lines (defs, imports) run on import.
    for (const d of defs) executed.add(d);
    for (let i = 0; i < Math.min(3, stmts.length); i++) executed.add(stmts[i]);
    for (const s of stmts) if (rand.next() < coverage) executed.add(s);
  }
  const exec = stmts.filter((s) => executed.has(s));
  const missing = stmts.filter((s) => !executed.has(s));
  const executedArcs = [];
  const missingArcs = [];
  const partialLines = new Set();
  for (const i of branchLines) {
    const from = stmts[i];
    const targets = [stmts[i + 1], i + 2 < stmts.length ? stmts[i + 2] : -(defs[0] ?? 1)];
    for (const to of targets) {
      if (executed.has(from) && rand.next() < 0.7) executedArcs.push([from, to]);
      else {
        missingArcs.push([from, to]);
        if (executed.has(from)) partialLines.add(from);
      }
    }
  }
  return { exec, missing, executedArcs, missingArcs, partial: partialLines.size };
}

const CONTEXT_KINDS = ['run', 'run', 'run', 'setup', 'teardown'];

function contextNames(rand, file, count) {
  const base = file.path.replace(/\//g, '_').replace(/\.py$/, '');
  const names = [];
  for (let i = 0; i < count; i++) {
    names.push(
      `tests/test_${base}.py::Test${i % 7}::test_case_${i}_${rand.int(100, 999)}|${rand.pick(CONTEXT_KINDS)}`,
    );
  }
  return names;
}

/** `"contexts": {...}` for a run: every executed line, a few tests each. */
function contextsJson(rand, run, perLine, names) {
  const parts = [];
  for (const l of run.exec) {
    const n = Math.max(1, Math.floor(perLine * (0.5 + rand.next())));
    const chosen = [];
    const start = rand.int(0, names.length - 1);
    for (let k = 0; k < n; k++) chosen.push(JSON.stringify(names[(start + k) % names.length]));
    parts.push(`"${l}": [${chosen.join(', ')}]`);
  }
  return `{${parts.join(', ')}}`;
}

function regionJson(lines, run, excluded, start, ctx) {
  const set = new Set(lines);
  const exec = run.exec.filter((l) => set.has(l));
  const missing = run.missing.filter((l) => set.has(l));
  const exArcs = run.executedArcs.filter(([a]) => set.has(a));
  const miArcs = run.missingArcs.filter(([a]) => set.has(a));
  const execSet = new Set(exec);
  const partial = new Set(miArcs.filter(([a]) => execSet.has(a)).map(([a]) => a)).size;
  const exc = excluded.filter((l) => set.has(l));
  const s = summary({
    statements: lines.length,
    covered: exec.length,
    excluded: exc.length,
    branches: exArcs.length + miArcs.length,
    coveredBranches: exArcs.length,
    partial,
  });
  return `{"executed_lines": ${list(exec)}, "summary": ${s}, "missing_lines": ${list(missing)}, "excluded_lines": ${list(exc)}, "start_line": ${start}${ctx === null ? '' : `, "contexts": ${ctx}`}, "executed_branches": ${arcs(exArcs)}, "missing_branches": ${arcs(miArcs)}}`;
}

/** Splits a file's statements into function regions and class regions. */
function regions(file) {
  const { stmts, defs } = file;
  const functions = [];
  let module = [];
  let current = null;
  for (const s of stmts) {
    if (defs.includes(s)) {
      module.push(s);
      current = { name: `f_${s}`, start: s, lines: [] };
      functions.push(current);
    } else if (current) current.lines.push(s);
    else module.push(s);
  }
  // Every other function belongs to a class, in runs of up to three.
  const classes = [];
  let cls = null;
  const classModule = [...module];
  functions.forEach((f, i) => {
    if (i % 5 < 3) {
      if (!cls || i % 5 === 0) {
        cls = { name: `Service${f.start}`, start: f.start, lines: [] };
        classes.push(cls);
      }
      f.name = `${cls.name}.${f.name}`;
      cls.lines.push(...f.lines);
    } else {
      cls = null;
      classModule.push(...f.lines);
    }
  });
  module = module.sort((a, b) => a - b);
  return { functions, classes, module, classModule: classModule.sort((a, b) => a - b) };
}

function fileJson(rand, file, run, ctxPerLine, names) {
  const ctx = ctxPerLine > 0 ? contextsJson(rand, run, ctxPerLine, names) : null;
  const { functions, classes, module, classModule } = regions(file);
  const fnParts = functions.map(
    (f) => `"${f.name}": ${regionJson(f.lines, run, file.excluded, f.start, ctx)}`,
  );
  fnParts.push(`"": ${regionJson(module, run, file.excluded, 1, ctx)}`);
  const clsParts = classes.map(
    (c) => `"${c.name}": ${regionJson(c.lines, run, file.excluded, c.start, ctx)}`,
  );
  clsParts.push(`"": ${regionJson(classModule, run, file.excluded, 1, ctx)}`);
  const s = {
    statements: file.stmts.length,
    covered: run.exec.length,
    excluded: file.excluded.length,
    branches: run.executedArcs.length + run.missingArcs.length,
    coveredBranches: run.executedArcs.length,
    partial: run.partial,
  };
  const body = `{"executed_lines": ${list(run.exec)}, "summary": ${summary(s)}, "missing_lines": ${list(run.missing)}, "excluded_lines": ${list(file.excluded)}${ctx === null ? '' : `, "contexts": ${ctx}`}, "executed_branches": ${arcs(run.executedArcs)}, "missing_branches": ${arcs(run.missingArcs)}, "functions": {${fnParts.join(', ')}}, "classes": {${clsParts.join(', ')}}}`;
  return { body, s };
}

/** File paths and statement counts: a log-normal spread scaled to the total. */
function makeLayout(rand, fileCount, totalStatements, prefix) {
  const raw = [];
  for (let i = 0; i < fileCount; i++) raw.push(Math.exp(3.3 + 1.05 * rand.normal()));
  const scale = totalStatements / raw.reduce((a, b) => a + b, 0);
  const sizes = raw.map((r) => Math.max(0, Math.round(r * scale)));
  let diff = totalStatements - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % fileCount) {
    if (diff > 0) {
      sizes[i]++;
      diff--;
    } else if (sizes[i] > 1) {
      sizes[i]--;
      diff++;
    }
  }
  const paths = new Set();
  const files = [];
  for (let i = 0; i < fileCount; i++) {
    let path;
    do {
      const depth = rand.int(1, 3);
      const parts = [prefix];
      for (let d = 0; d < depth; d++) parts.push(rand.pick(WORDS));
      path = `${parts.filter(Boolean).join('/')}/${rand.pick(WORDS)}_${rand.int(1, 9999)}.py`;
    } while (paths.has(path));
    paths.add(path);
    files.push({ path, statements: sizes[i] });
  }
  return files;
}

/** Coverage level of each file: never imported, import-only, or tested. */
function coverageOf(rand) {
  const r = rand.next();
  if (r < 0.12) return 0;
  if (r < 0.62) return 0.02;
  if (r < 0.9) return 0.08 + 0.3 * rand.next();
  return 0.4 + 0.5 * rand.next();
}

/**
 * Writes head and base coverage.json for a layout. The base run differs
 * from the head one in a few files (about half a point overall).
 */
function writeReports(dir, files, seed, ctxPerLine) {
  const out = {};
  for (const side of ['base', 'head']) {
    const rand = prng(seed ^ (side === 'head' ? 0x5eed : 0xba5e));
    const coverRand = prng(seed ^ 0xc0de);
    const path = join(dir, `${side}.json`);
    const stream = [];
    const chunks = [];
    const flush = () => {
      if (chunks.length) {
        stream.push(chunks.join(''));
        chunks.length = 0;
      }
    };
    const totals = {
      statements: 0,
      covered: 0,
      excluded: 0,
      branches: 0,
      coveredBranches: 0,
      partial: 0,
    };
    chunks.push(
      `{"meta": {"format": 3, "version": "7.16.2", "timestamp": "2026-11-24T14:10:31.925221", "branch_coverage": true, "show_contexts": ${ctxPerLine > 0 ? 'true' : 'false'}}, "files": {`,
    );
    files.forEach((f, i) => {
      let level = coverageOf(coverRand);
      // The PR adds tests to some files: head is ~0.5 pp above base.
      if (side === 'base' && i % 7 === 3) level = Math.max(0, level * 0.6);
      const runRand = prng(seed + i * 7919 + (side === 'head' ? 1 : 2));
      const run = runFile(runRand, f.shape, level);
      const names = ctxPerLine > 0 ? contextNames(runRand, f.shape, 40) : [];
      const { body, s } = fileJson(rand, f.shape, run, ctxPerLine, names);
      for (const k of Object.keys(totals)) totals[k] += s[k];
      chunks.push(`${i ? ', ' : ''}${JSON.stringify(f.path)}: ${body}`);
      if (chunks.length > 200) flush();
    });
    chunks.push(`}, "totals": ${summary(totals)}}`);
    flush();
    writeFileSync(path, stream.join(''));
    out[side] = { path, totals };
  }
  return out;
}

/** Cobertura XML as coverage.py writes it, for diff-cover. */
function writeCobertura(path, sourceRoot, files) {
  const parts = [];
  const byPackage = new Map();
  let valid = 0;
  let covered = 0;
  let bValid = 0;
  let bCovered = 0;
  for (const f of files) {
    const run = f.headRun;
    const dir = f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : '.';
    const pkg = byPackage.get(dir) ?? [];
    byPackage.set(dir, pkg);
    const execSet = new Set(run.exec);
    const arcsBy = new Map();
    for (const [a] of run.executedArcs)
      arcsBy.set(a, [(arcsBy.get(a)?.[0] ?? 0) + 1, arcsBy.get(a)?.[1] ?? 0]);
    for (const [a] of run.missingArcs)
      arcsBy.set(a, [arcsBy.get(a)?.[0] ?? 0, (arcsBy.get(a)?.[1] ?? 0) + 1]);
    const lines = f.shape.stmts.map((l) => {
      const hits = execSet.has(l) ? 1 : 0;
      const b = arcsBy.get(l);
      if (!b) return `\t\t\t\t\t\t<line number="${l}" hits="${hits}"/>`;
      const total = b[0] + b[1];
      bValid += total;
      bCovered += b[0];
      return `\t\t\t\t\t\t<line number="${l}" hits="${hits}" branch="true" condition-coverage="${Math.round((100 * b[0]) / total)}% (${b[0]}/${total})"${b[1] ? ` missing-branches="${l + 1}"` : ''}/>`;
    });
    valid += f.shape.stmts.length;
    covered += run.exec.length;
    const rate = f.shape.stmts.length ? run.exec.length / f.shape.stmts.length : 1;
    pkg.push(
      `\t\t\t\t<class name="${f.path.slice(dir.length + 1)}" filename="${f.path}" complexity="0" line-rate="${rate.toFixed(4)}" branch-rate="0">\n\t\t\t\t\t<methods/>\n\t\t\t\t\t<lines>\n${lines.join('\n')}\n\t\t\t\t\t</lines>\n\t\t\t\t</class>`,
    );
  }
  parts.push(
    `<?xml version="1.0" ?>\n<coverage version="7.16.2" timestamp="1795529431312" lines-valid="${valid}" lines-covered="${covered}" line-rate="${(covered / valid).toFixed(4)}" branches-valid="${bValid}" branches-covered="${bCovered}" branch-rate="${(bCovered / bValid).toFixed(4)}" complexity="0">\n\t<!-- Generated by coverage.py: https://coverage.readthedocs.io/en/7.16.2 -->\n\t<sources>\n\t\t<source>${sourceRoot}</source>\n\t</sources>\n\t<packages>`,
  );
  for (const [dir, classes] of byPackage) {
    parts.push(
      `\t\t<package name="${dir.replace(/\//g, '.')}" line-rate="0" branch-rate="0" complexity="0">\n\t\t\t<classes>\n${classes.join('\n')}\n\t\t\t</classes>\n\t\t</package>`,
    );
  }
  parts.push('\t</packages>\n</coverage>\n');
  writeFileSync(path, parts.join('\n'));
}

const git = (cwd, ...args) =>
  execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });

/**
 * A scratch repository: branch `base` with the base sources, and one branch
 * per pull request whose `git diff base...<branch>` is that PR's diff.
 */
function writeRepo(repo, files, prs) {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  const env = [
    '-c',
    'user.name=bench',
    '-c',
    'user.email=bench@example.com',
    '-c',
    'commit.gpgsign=false',
  ];
  git(repo, 'init', '-q', '-b', 'base');
  for (const f of files) {
    const p = join(repo, f.path);
    mkdirSync(p.slice(0, p.lastIndexOf('/')), { recursive: true });
    writeFileSync(p, `${f.shape.lines.join('\n')}\n`);
  }
  git(repo, 'add', '-A');
  git(repo, ...env, 'commit', '-q', '-m', 'base');
  const diffs = {};
  for (const pr of prs) {
    git(repo, 'checkout', '-q', '-b', pr.name, 'base');
    for (const [f, changed] of pr.changes) {
      const lines = f.shape.lines.map((text, i) =>
        changed.has(i + 1) ? `${text || '    pass'}  # changed in ${pr.name}` : text,
      );
      writeFileSync(join(repo, f.path), `${lines.join('\n')}\n`);
    }
    git(repo, 'add', '-A');
    git(repo, ...env, 'commit', '-q', '-m', pr.name);
    diffs[pr.name] = git(repo, 'diff', 'base...HEAD').toString('utf8');
    git(repo, 'checkout', '-q', 'base');
  }
  return diffs;
}

/** Picks changed lines file by file until the diff reaches `targetLines`. */
function planPr(rand, files, targetLines, name) {
  const order = files.map((_f, i) => [rand.next(), i]).sort((a, b) => a[0] - b[0]);
  const changes = [];
  let estimate = 0;
  for (const [, i] of order) {
    if (estimate >= targetLines) break;
    const f = files[i];
    if (f.shape.length < 5) continue;
    const changed = new Set();
    const runs = Math.max(1, Math.round(f.shape.length / rand.int(4, 16)));
    for (let r = 0; r < runs && estimate < targetLines; r++) {
      // Mostly statement lines, so the added lines hit executable lines.
      const start = rand.next() < 0.85 ? rand.pick(f.shape.stmts) : rand.int(1, f.shape.length);
      const len = rand.int(1, 6);
      for (let l = start; l < start + len && l <= f.shape.length; l++) {
        if (!changed.has(l)) estimate += 2;
        changed.add(l);
      }
      estimate += 4;
    }
    changes.push([f, changed]);
  }
  return { name, changes };
}

/**
 * Generates one layout (files, statements) with its reports, XML, repo and
 * diffs. `contexts` lists per-line context densities to write extra report
 * pairs for.
 */
export function generateLayout(dir, spec) {
  const { seed, fileCount, statements, prefix = '', contexts = [], prs } = spec;
  mkdirSync(dir, { recursive: true });
  const rand = prng(seed);
  const layout = makeLayout(rand, fileCount, statements, prefix);
  const files = layout.map((f) => ({ ...f, shape: makeFile(rand, f.path, f.statements) }));
  const info = { files: files.length, statements, reports: {} };
  info.reports.plain = writeReports(dir, files, seed, 0);
  for (const [name, perLine] of contexts) {
    const sub = join(dir, name);
    mkdirSync(sub, { recursive: true });
    info.reports[name] = writeReports(sub, files, seed, perLine);
  }
  // Head runs again for the XML (same seeds as writeReports' head side).
  const coverRand = prng(seed ^ 0xc0de);
  files.forEach((f, i) => {
    const level = coverageOf(coverRand);
    f.headRun = runFile(prng(seed + i * 7919 + 1), f.shape, level);
  });
  const repo = join(dir, 'repo');
  writeCobertura(join(dir, 'head.xml'), repo, files);
  const plans = prs.map((pr) => planPr(prng(seed ^ pr.seed), files, pr.lines, pr.name));
  const diffs = writeRepo(repo, files, plans);
  for (const [name, text] of Object.entries(diffs)) writeFileSync(join(dir, `${name}.diff`), text);
  info.diffs = Object.fromEntries(
    Object.entries(diffs).map(([name, text]) => [name, text.split('\n').length - 1]),
  );
  return info;
}
