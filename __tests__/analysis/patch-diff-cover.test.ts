/**
 * Patch coverage of the fixture PR against diff-cover's figure on the same
 * run (diff-cover reads `coverage xml`, we read `coverage json`).
 *
 * Two kinds of line may differ, and both are derived here from the data and
 * named explicitly:
 * - lines coverage.py's JSON lists as executable but its XML does not
 *   (coverage.py before 7.13.1 puts docstring lines in `executed_lines`);
 * - added lines that follow a `\ No newline at end of file` marker inside a
 *   hunk: diff-cover 7.4 counts the marker as a context line, so it shifts
 *   every later new-side line by one (its `_parse_lines` increments the line
 *   number for any line that is not `+`, `-` or `@@`). `git diff` and we do
 *   not count the marker.
 */
import { join } from 'node:path';
import { parseUnifiedDiff } from '../../src/analysis/diff.js';
import { computePatchCoverage } from '../../src/analysis/patch.js';
import { readReportFile } from '../../src/report/load.js';
import {
  diffCoverVariants,
  FIXTURES,
  REPO_ROOT,
  readJson,
  readText,
} from '../support/fixture-data.js';

interface DiffCoverJson {
  src_stats: Record<string, { percent_covered: number; violation_lines: number[] }>;
  total_num_lines: number;
  total_num_violations: number;
}

const prDiff = readText(join(FIXTURES, 'pr.diff'));

/** `<class filename="cart.py">` → its `<line number>` set, from `coverage xml`. */
function xmlLines(xml: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const match of xml.matchAll(/<class\b[^>]*\bfilename="([^"]+)"[^>]*>([\s\S]*?)<\/class>/g)) {
    const lines = new Set<number>();
    for (const line of (match[2] as string).matchAll(/<line\b[^>]*\bnumber="(\d+)"/g)) {
      lines.add(Number(line[1]));
    }
    out.set(match[1] as string, lines);
  }
  return out;
}

/** The XML's class for a report key: the XML names files relative to its <source>. */
function xmlFor(key: string, xml: Map<string, Set<number>>): Set<number> {
  const matches = [...xml.keys()].filter((name) => key === name || key.endsWith(`/${name}`));
  expect([key, matches.length]).toEqual([key, 1]);
  return xml.get(matches[0] as string) as Set<number>;
}

/** New-side numbers of added lines that come after a "\ No newline" marker in the same hunk. */
function linesAfterNoNewlineMarker(diff: string): string[] {
  const out: string[] = [];
  let path = '';
  let line = 0;
  let afterMarker = false;
  for (const text of diff.split('\n')) {
    if (text.startsWith('diff --git ')) {
      path = '';
      continue;
    }
    if (text.startsWith('+++ ')) {
      path = text.slice(4).replace(/^b\//, '');
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      afterMarker = false;
      continue;
    }
    if (!path) continue;
    if (text.startsWith('\\')) afterMarker = true;
    else if (text.startsWith('+')) {
      if (afterMarker) out.push(`${path}:${line}`);
      line++;
    } else if (text.startsWith(' ')) line++;
  }
  return out;
}

const variants = diffCoverVariants();

test('every variant with a head report has diff-cover output', () => {
  expect(variants).toEqual(['py6-branch', 'py6-line', 'py7-branch', 'py7-contexts', 'py7-line']);
});

test("the fixture diff has exactly one line diff-cover misplaces, tax.py's last line", () => {
  expect(linesAfterNoNewlineMarker(prDiff)).toEqual(['invoicing/tax.py:69']);
});

/** Docstring lines the JSON counts as executable and the XML does not, per variant. */
const JSON_ONLY_CHANGED_LINES: Record<string, string[]> = {
  'py6-line': ['invoicing/cart.py:1', 'invoicing/refunds.py:1', 'invoicing/refunds.py:13'],
  'py6-branch': ['invoicing/cart.py:1', 'invoicing/refunds.py:1', 'invoicing/refunds.py:13'],
  'py7-line': [],
  'py7-branch': [],
  'py7-contexts': [],
};

describe.each(variants)('%s', (variant) => {
  const dir = join(FIXTURES, variant, 'head');
  const diffCover = readJson(join(dir, 'diff-cover.json')) as DiffCoverJson;

  test('patch coverage equals diff-cover, apart from the named lines', async () => {
    const head = await readReportFile(join(dir, 'coverage.json'), 'coverage.py', REPO_ROOT);
    const xml = xmlLines(readText(join(dir, 'coverage.xml')));
    const changes = parseUnifiedDiff(prDiff, 'pr.diff');
    const patch = computePatchCoverage(changes, head);

    // Derive the JSON-only lines among the lines we count.
    const jsonOnly: string[] = [];
    for (const [path, file] of patch.files) {
      const xmlSet = xmlFor(path, xml);
      for (const line of file.lines) if (!xmlSet.has(line)) jsonOnly.push(`${path}:${line}`);
    }
    const misplaced = linesAfterNoNewlineMarker(prDiff);
    const expectedExtra = [...(JSON_ONLY_CHANGED_LINES[variant] ?? []), ...misplaced];
    expect(jsonOnly.filter((l) => !misplaced.includes(l))).toEqual(
      JSON_ONLY_CHANGED_LINES[variant],
    );
    // The lines diff-cover misplaces are real statements in both reports.
    for (const key of misplaced) {
      const [path, line] = key.split(':') as [string, string];
      expect(xmlFor(path, xml).has(Number(line))).toBe(true);
    }

    const isExtra = (path: string, line: number) => expectedExtra.includes(`${path}:${line}`);
    let extraLines = 0;
    let extraCovered = 0;
    for (const [path, file] of patch.files) {
      for (const line of file.lines) {
        if (!isExtra(path, line)) continue;
        extraLines++;
        if (!file.uncovered.includes(line)) extraCovered++;
      }
    }
    expect(extraLines).toBe(expectedExtra.length);
    expect(patch.lines - extraLines).toBe(diffCover.total_num_lines);
    expect(patch.covered - extraCovered).toBe(
      diffCover.total_num_lines - diffCover.total_num_violations,
    );

    // File by file: the same uncovered lines, and the same share covered.
    const ourFiles = [...patch.files.values()].filter((f) => f.lines.length > 0);
    expect(ourFiles.map((f) => f.path).sort()).toEqual(Object.keys(diffCover.src_stats).sort());
    for (const file of ourFiles) {
      const theirs = diffCover.src_stats[file.path];
      const lines = file.lines.filter((l) => !isExtra(file.path, l));
      const uncovered = file.uncovered.filter((l) => !isExtra(file.path, l));
      expect([file.path, uncovered]).toEqual([file.path, theirs?.violation_lines]);
      const percent = (100 * (lines.length - uncovered.length)) / lines.length;
      expect(percent).toBeCloseTo(theirs?.percent_covered as number, 10);
    }
  });
});
