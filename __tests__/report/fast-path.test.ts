/**
 * The lean read (unused members cut out of the bytes before JSON.parse) must
 * give exactly what the full parse gives: the same analysis on large-ish
 * reports, the same document minus the cut members, and on any malformed
 * input no document at all (so the full parse reports the error).
 */
import fc from 'fast-check';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { analyse } from '../../src/analysis/result.js';
import { renderJson } from '../../src/render/json.js';
import { readCoveragePy } from '../../src/report/coveragepy.js';
import { parseCoveragePyLean, UNUSED_FILE_MEMBERS } from '../../src/report/fast-json.js';
import { decodeText, parseReport } from '../../src/report/load.js';
import type { CoverageReport } from '../../src/report/model.js';
import { readSettings } from '../../src/settings.js';

/** mulberry32, so the generated reports are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Context names that a naive scanner would trip over. */
const TRICKY_CONTEXTS = [
  '',
  'tests/test_a.py::TestA::test_quote_"x"|run',
  'tests/test_b.py::test_backslash_\\|run',
  'tests/test_c.py::test_trailing_backslash\\',
  'tests/test_d.py::test["contexts": {"1": ["x"]}]|run',
  'tests/test_e.py::test_brackets_}]}]|setup',
  'tests/test_f.py::test_unicode_é_π_😀|run',
  'tests/test_g.py::test_escapes_\n\t\u0001\u2028|teardown',
  '"contexts"',
  '\\"contexts\\": {',
];

const TRICKY_PATHS = [
  'src/"contexts": {"9": ["x"]}.py',
  'src/functions/classes.py',
  'src/back\\slash.py',
  'src/brace}bracket].py',
  'src/ünïcode.py',
];

interface Shape {
  files: number;
  seed: number;
  contexts: boolean;
}

/** A coverage.py 7.x-shaped report with regions, branches and (optionally) contexts. */
function makeReport({ files, seed, contexts }: Shape): Record<string, unknown> {
  const rand = prng(seed);
  const out: Record<string, unknown> = {};
  const totals = { covered_lines: 0, num_statements: 0, missing_lines: 0, excluded_lines: 0 };
  const branchTotals = {
    num_branches: 0,
    num_partial_branches: 0,
    covered_branches: 0,
    missing_branches: 0,
  };
  for (let f = 0; f < files; f++) {
    const path =
      f < TRICKY_PATHS.length ? (TRICKY_PATHS[f] as string) : `pkg/mod_${f}/file_${f}.py`;
    const statements = 1 + Math.floor(rand() * 60);
    const executed: number[] = [];
    const missing: number[] = [];
    for (let line = 1; line <= statements; line++)
      (rand() < 0.4 ? executed : missing).push(line * 2);
    const executedBranches: [number, number][] = [];
    const missingBranches: [number, number][] = [];
    for (const line of [...executed, ...missing].sort((a, b) => a - b)) {
      if (rand() < 0.2)
        (executed.includes(line) && rand() < 0.6 ? executedBranches : missingBranches).push([
          line,
          line + 2,
        ]);
    }
    const partial = new Set(missingBranches.map(([a]) => a).filter((a) => executed.includes(a)))
      .size;
    const summary = {
      covered_lines: executed.length,
      num_statements: statements,
      percent_covered: (100 * executed.length) / statements,
      percent_covered_display: String(Math.round((100 * executed.length) / statements)),
      missing_lines: missing.length,
      excluded_lines: 0,
      num_branches: executedBranches.length + missingBranches.length,
      num_partial_branches: partial,
      covered_branches: executedBranches.length,
      missing_branches: missingBranches.length,
    };
    totals.covered_lines += executed.length;
    totals.num_statements += statements;
    totals.missing_lines += missing.length;
    branchTotals.num_branches += summary.num_branches;
    branchTotals.num_partial_branches += partial;
    branchTotals.covered_branches += executedBranches.length;
    branchTotals.missing_branches += missingBranches.length;
    const ctx: Record<string, string[]> = {};
    if (contexts) {
      for (const line of executed) {
        const names: string[] = [];
        for (let k = 0; k < 1 + Math.floor(rand() * 4); k++) {
          names.push(TRICKY_CONTEXTS[Math.floor(rand() * TRICKY_CONTEXTS.length)] as string);
        }
        ctx[String(line)] = names;
      }
    }
    const region = (lines: number[], start: number) => ({
      executed_lines: executed.filter((l) => lines.includes(l)),
      summary: { ...summary, percent_covered: 12.5 },
      missing_lines: missing.filter((l) => lines.includes(l)),
      excluded_lines: [],
      start_line: start,
      ...(contexts ? { contexts: ctx } : {}),
      executed_branches: [],
      missing_branches: [],
    });
    const all = [...executed, ...missing];
    out[path] = {
      executed_lines: executed,
      summary,
      missing_lines: missing,
      excluded_lines: [],
      ...(contexts ? { contexts: ctx } : {}),
      executed_branches: executedBranches,
      missing_branches: missingBranches,
      functions: { 'Cls.method': region(all.slice(0, 3), 2), '': region(all.slice(3), 1) },
      classes: { 'Cls"}]': region(all.slice(0, 3), 2), '': region(all.slice(3), 1) },
    };
  }
  return {
    meta: {
      format: 3,
      version: '7.16.2',
      timestamp: '2026-11-24T14:10:31',
      branch_coverage: true,
      show_contexts: contexts,
    },
    files: out,
    totals: { ...totals, ...branchTotals, percent_covered: 50 },
  };
}

/** Serialisations as coverage.py writes them (", " and ": "), compact, pretty, ASCII-escaped. */
function serialisations(doc: unknown): string[] {
  const compact = JSON.stringify(doc);
  const python = compact.replace(/("(?:[^"\\]|\\.)*")|([,:])/g, (_m, str, sep) => str ?? `${sep} `);
  const pretty = JSON.stringify(doc, null, 4);
  const ascii = python.replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return [python, compact, pretty, ascii, `\ufeff${python}\n`];
}

const bytesOf = (text: string) => Buffer.from(text, 'utf8');

/** The full parse with the cut members replaced by `{}`: what the lean read must equal. */
function expectedLean(text: string): unknown {
  const doc = JSON.parse(text.replace(/^\ufeff/, '')) as { files?: unknown };
  const isObject = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(doc) || !isObject(doc.files)) return doc;
  for (const file of Object.values(doc.files)) {
    if (!isObject(file)) continue;
    for (const member of UNUSED_FILE_MEMBERS) {
      const value = file[member];
      if (value && typeof value === 'object' && !Array.isArray(value)) file[member] = {};
    }
    // Arc lists come flat: [from, to, from, to, ...].
    for (const member of ['executed_branches', 'missing_branches']) {
      const value = file[member];
      if (Array.isArray(value)) file[member] = value.flat();
    }
  }
  return doc;
}

const settings = readSettings(() => undefined);

async function analyseBoth(head: string, base: string, diff: string) {
  const changes = parseUnifiedDiff(diff, 'pr.diff');
  type Read = (text: string, source: string) => CoverageReport | Promise<CoverageReport>;
  const run = async (read: Read) =>
    renderJson(
      analyse({
        head: await read(head, 'head.json'),
        base: await read(base, 'base.json'),
        changes,
        gates: settings.gates,
        impact: { ...settings.impact, minStatements: 5 },
      }),
    );
  const full = await run((text, source) =>
    readCoveragePy(JSON.parse(decodeText(bytesOf(text))), source),
  );
  const lean = await run((text, source) => parseReport(bytesOf(text), source));
  return { full, lean };
}

describe('lean read of coverage.py JSON', () => {
  test('the analysis of large-ish reports is identical with and without the fast path', async () => {
    const head = makeReport({ files: 400, seed: 1, contexts: true });
    const base = makeReport({ files: 380, seed: 2, contexts: true });
    const diff = [
      'diff --git a/pkg/mod_7/file_7.py b/pkg/mod_7/file_7.py',
      '--- a/pkg/mod_7/file_7.py',
      '+++ b/pkg/mod_7/file_7.py',
      '@@ -1,0 +1,30 @@',
      ...Array.from({ length: 30 }, (_, i) => `+line ${i}`),
      '',
    ].join('\n');
    for (const [h, b] of [
      [JSON.stringify(head), JSON.stringify(base)],
      [serialisations(head)[0] as string, serialisations(base)[2] as string],
    ] as const) {
      expect(parseCoveragePyLean(bytesOf(h))).not.toBeUndefined();
      const { full, lean } = await analyseBoth(h, b, diff);
      expect(lean).toBe(full);
      expect(JSON.parse(full).patch.lines).toBeGreaterThan(0);
    }
  });

  test.each([
    ['with contexts', true],
    ['without contexts', false],
  ])(
    '%s: the lean document is the full one minus the cut members, in every serialisation',
    (_, contexts) => {
      const doc = makeReport({ files: 30, seed: 3, contexts });
      for (const text of serialisations(doc)) {
        const lean = parseCoveragePyLean(bytesOf(text));
        expect(lean).toEqual(expectedLean(text));
        const again = JSON.stringify(lean);
        expect(again).not.toContain('test_quote');
        expect(again).toContain('src/\\"contexts\\": {\\"9\\": [\\"x\\"]}.py');
      }
    },
  );

  test('declines what is not a coverage.py-shaped object, or has nothing to cut', () => {
    const plain = makeReport({ files: 3, seed: 4, contexts: false }) as {
      files: Record<string, Record<string, unknown>>;
    };
    for (const file of Object.values(plain.files)) {
      delete file.functions;
      delete file.classes;
    }
    expect(parseCoveragePyLean(bytesOf(JSON.stringify(plain)))).toBeUndefined();
    expect(parseCoveragePyLean(bytesOf('[{"functions": {}}]'))).toBeUndefined();
    expect(
      parseCoveragePyLean(bytesOf('{"a.js": {"functions": {}, "statementMap": {}}}')),
    ).toBeUndefined();
    expect(parseCoveragePyLean(bytesOf(''))).toBeUndefined();
  });

  test.each([
    [
      'a bad escape inside a context name',
      (t: string) => t.replace('test_quote_\\"x\\"', 'test_quote_\\x'),
    ],
    [
      'a raw control character inside a context name',
      (t: string) => t.replace('test_quote_', 'test\u0001quote_'),
    ],
    ['a raw tab inside a context name', (t: string) => t.replace('test_quote_', 'test\tquote_')],
    ['a short \\u escape', (t: string) => t.replace('test_quote_', 'test\\u12G4')],
    [
      'a trailing comma inside a region',
      (t: string) => t.replace('"start_line": 2', '"start_line": 2,'),
    ],
    [
      'a leading zero inside a region',
      (t: string) => t.replace('"start_line": 2', '"start_line": 02'),
    ],
    [
      'a bare word inside contexts',
      (t: string) => t.replace('"contexts": {"', '"contexts": {nul, "'),
    ],
    [
      'an unclosed contexts object',
      (t: string) => t.slice(0, t.indexOf('"executed_branches"', t.indexOf('"contexts"')) - 3),
    ],
    ['bytes after the document', (t: string) => `${t} x`],
    ['a truncated file', (t: string) => t.slice(0, Math.floor(t.length / 2))],
  ])('rejects %s, and parseReport gives the full parse error', async (_, mutate) => {
    const text = mutate(
      serialisations(makeReport({ files: 6, seed: 5, contexts: true }))[0] as string,
    );
    expect(() => JSON.parse(text)).toThrow();
    expect(parseCoveragePyLean(bytesOf(text))).toBeUndefined();
    await expect(parseReport(bytesOf(text), 'head.json')).rejects.toThrow(
      /head\.json.*not valid JSON/,
    );
  });

  test('arc lists come flat, exits included; a list not of integer pairs is read the usual way', async () => {
    type Doc = { files: Record<string, { missing_branches: [number, number][] }> };
    // Large enough for parseReport to take the lean read (from 256 KB).
    const doc = makeReport({ files: 400, seed: 7, contexts: true }) as Doc;
    const [path, file] = Object.entries(doc.files).find(([, f]) => f.missing_branches.length) ?? [];
    if (!path || !file) throw new Error('the generated report has no missed arc');
    const from = (file.missing_branches[0] as [number, number])[0];
    // An exit arc, as coverage.py writes one: the counts stay the same.
    file.missing_branches[0] = [from, -1];
    const text = JSON.stringify(doc);
    expect(text.length).toBeGreaterThan(256 * 1024);
    const lean = parseCoveragePyLean(bytesOf(text)) as Doc;
    expect(lean.files[path]?.missing_branches).toEqual(file.missing_branches.flat());
    const model = readCoveragePy(JSON.parse(text), 'head.json');
    expect(await parseReport(bytesOf(text), 'head.json')).toEqual(model);
    expect(model.files.get(path)?.missingBranches?.slice(0, 2)).toEqual([from, -1]);

    const arc = `[${from},-1]`;
    expect(text).toContain(arc);
    // 1.0 is an integer to JSON.parse, not to the walk: declined, and read whole alike.
    const float = text.replace(arc, `[${from}.0,-1]`);
    expect(parseCoveragePyLean(bytesOf(float))).toBeUndefined();
    expect(await parseReport(bytesOf(float), 'head.json')).toEqual(model);
    // Not a pair: declined, and the usual read names the arc.
    const triple = text.replace(arc, `[${from},-1,3]`);
    expect(parseCoveragePyLean(bytesOf(triple))).toBeUndefined();
    await expect(parseReport(bytesOf(triple), 'head.json')).rejects.toThrow(
      /head\.json: files\[".*"\]\.missing_branches\[0\]/,
    );
  });

  test('on any one-byte change, the lean read is either declined or equals the full parse', () => {
    const text = serialisations(makeReport({ files: 4, seed: 6, contexts: true }))[0] as string;
    const bytes = bytesOf(text);
    const alphabet = [...'{}[]",:\\ 0123456789-.eE+tfnulx\t\n'].map((c) => c.charCodeAt(0));
    fc.assert(
      fc.property(
        fc.nat(bytes.length - 1),
        fc.constantFrom(...alphabet),
        fc.constantFrom('replace', 'insert', 'delete'),
        (at, byte, how) => {
          const changed =
            how === 'replace'
              ? Buffer.concat([bytes.subarray(0, at), Buffer.from([byte]), bytes.subarray(at + 1)])
              : how === 'insert'
                ? Buffer.concat([bytes.subarray(0, at), Buffer.from([byte]), bytes.subarray(at)])
                : Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
          const changedText = changed.toString('utf8');
          let full: unknown;
          try {
            full = expectedLean(changedText);
          } catch {
            full = undefined;
          }
          const lean = parseCoveragePyLean(changed);
          if (full === undefined) return lean === undefined;
          return lean === undefined || JSON.stringify(lean) === JSON.stringify(full);
        },
      ),
      { numRuns: 1500, seed: 42 },
    );
  });
});

describe('lean read on random documents', () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  const objectValue = fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 4 });
  const fileEntry = fc.record(
    {
      executed_lines: fc.array(fc.integer({ min: -5, max: 10_000 }), { maxLength: 6 }),
      contexts: fc.oneof(objectValue, json),
      functions: fc.oneof(objectValue, json),
      classes: fc.oneof(objectValue, json),
      summary: objectValue,
    },
    { requiredKeys: ['executed_lines'] },
  );
  const report = fc.record(
    {
      meta: json,
      files: fc.dictionary(fc.string({ maxLength: 12 }), fileEntry, { maxKeys: 5 }),
      totals: json,
    },
    { requiredKeys: ['files'] },
  );

  test('is the full parse with each object-valued contexts/functions/classes made {}', () => {
    fc.assert(
      fc.property(report, fc.nat(4), (doc, style) => {
        const text = serialisations(doc)[style] as string;
        const lean = parseCoveragePyLean(bytesOf(text));
        const cuttable = Object.values(doc.files).some((file) =>
          UNUSED_FILE_MEMBERS.some((m) => {
            const v = (file as Record<string, unknown>)[m];
            return v !== null && typeof v === 'object' && !Array.isArray(v);
          }),
        );
        // Declined only when there is nothing to cut; otherwise exactly the full parse, cut.
        if (!cuttable) expect(lean).toBeUndefined();
        else expect(lean).toEqual(expectedLean(text));
      }),
      { numRuns: 400 },
    );
  });
});
