/**
 * Cobertura XML, as coverage.py (`coverage xml`), Jest/Istanbul's
 * `cobertura` reporter and the JVM/.NET tools write it.
 *
 * The headline figure is lines: every `<line>` of a class's `<lines>`
 * counts once per file, hit when its `hits` is above zero; a class that
 * lists no line itself counts its methods' lines (Swift/Xcode). Classes are
 * found under `<package>/<classes>`, a `<package>` or `<packages>` directly.
 * A file that appears in several `<class>` elements (inner classes, one class per
 * function in some producers) is merged: hits are summed per line. Branches
 * come from `condition-coverage="50% (1/2)"` and are kept as a metric (per
 * line, the largest figure among the classes), like methods (functions).
 *
 * Paths: a `filename` that is absolute is kept; a relative one is joined
 * with the `<source>` (so an absolute source under the workspace ends up
 * repository-relative after normalisation); with several sources, with the
 * one that holds the file, else kept as written. A `<source>` that is not a
 * path (`--source`, a command-line leftover) is ignored. A root that states
 * `lines-valid` > 0 while no line is listed is refused; stated totals that
 * differ from the listed lines leave a note (the listed lines count).
 *
 * The XML is parsed with entity expansion off; a document that declares
 * entities (a "billion laughs" bomb) is refused before parsing.
 */
import { InputError } from './errors.js';
import {
  type CoverageReport,
  type FileCoverage,
  fillMetrics,
  lineFileCoverage,
  type Metrics,
  type PercentRounding,
} from './model.js';
import { roundHalfEven, truncateDecimals } from './rounding.js';
import { statedTotalsNote } from './stated.js';
import { checkWellFormed, child, children, type Node, text, xmlLibrary } from './xml.js';

export { looksLikeXml } from './xml.js';

interface LineData {
  hits: number;
  branchCovered: number;
  branchTotal: number;
}

interface FileData {
  reportPath: string;
  lines: Map<number, LineData>;
  functionsTotal: number;
  functionsCovered: number;
}

function isAbsolute(path: string): boolean {
  return /^([A-Za-z]:)?[\\/]/.test(path);
}

function joinSource(sourceDir: string, filename: string): string {
  if (isAbsolute(filename) || sourceDir === '') return filename;
  return `${sourceDir.replace(/[\\/]+$/, '')}/${filename}`;
}

const CONDITION = /\((\d+)\s*\/\s*(\d+)\)/;

export interface CoberturaOptions {
  /** Whether a file exists (relative to the working directory); picks the `<source>` that holds a file. */
  exists?: (path: string) => boolean;
}

export async function readCobertura(
  xml: string,
  source: string,
  options: CoberturaOptions = {},
): Promise<CoverageReport> {
  const { parser, validate } = await xmlLibrary();
  checkWellFormed(xml, source, validate);
  let document: unknown;
  try {
    document = parser.parse(xml);
  } catch (error) {
    throw new InputError(
      source,
      `is not readable XML: ${String((error as Error).message ?? error)}`,
    );
  }
  const coverage = child(document, 'coverage');
  if (!coverage) {
    throw new InputError(
      source,
      'is XML but has no <coverage> root element: not a Cobertura report',
    );
  }
  const sourceList = (() => {
    const value = child(coverage, 'sources')?.source;
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return list.map(text).filter((s) => s !== '');
  })();
  const sources = sourceList.filter(isSourcePath);
  const resolve = sourceResolver(sources, options.exists);

  const files = new Map<string, FileData>();
  const rates: StatedRate[] = [];
  let classIndex = 0;
  for (const cls of classesOf(coverage)) {
    classIndex++;
    const where = `<class> #${classIndex}`;
    const filename = typeof cls.filename === 'string' ? cls.filename.trim() : '';
    if (filename === '') throw new InputError(source, `${where} has no filename attribute`);
    const path = resolve(filename);
    let file = files.get(path);
    if (!file) {
      file = { reportPath: path, lines: new Map(), functionsTotal: 0, functionsCovered: 0 };
      files.set(path, file);
    }
    const fileWhere = `${where} (${JSON.stringify(filename)})`;
    const classLines = readClassLines(cls, fileWhere, source);
    for (const [number, data] of classLines) addLine(file.lines, number, data);
    const hit = [...classLines.values()].filter((l) => l.hits > 0).length;
    rates.push({ rate: cls['line-rate'], covered: hit, total: classLines.size });
    for (const method of children(child(cls, 'methods'), 'method')) {
      file.functionsTotal++;
      if (methodRan(method)) file.functionsCovered++;
    }
  }

  const result = new Map<string, FileCoverage>();
  for (const [path, data] of files) result.set(path, toFileCoverage(path, data));
  fillMetrics(result);
  let total = 0;
  let covered = 0;
  for (const file of result.values()) {
    total += file.statements;
    covered += file.covered;
  }
  const stated = statedLines(coverage);
  if (total === 0 && stated && stated.total > 0) {
    throw new InputError(
      source,
      `states lines-valid="${stated.total}" on its root but lists no <line> under any class or method: nothing to read, so the report is refused`,
    );
  }
  rates.unshift({ rate: coverage['line-rate'], covered, total });
  const report: CoverageReport = {
    format: 'cobertura',
    files: result,
    hasBranches: false,
    source,
    rounding: statedRounding(rates),
  };
  const declared = statedBranches(coverage);
  if (declared) report.declaredMetrics = { branches: declared };
  if (typeof coverage.version === 'string' && coverage.version !== '') {
    report.producerVersion = coverage.version;
  }
  const notes: string[] = [];
  const skipped = sourceList.filter((s) => !isSourcePath(s));
  if (skipped.length > 0) {
    notes.push(
      `${source}: <source> ${skipped.map((s) => JSON.stringify(s)).join(', ')} is not a directory and was ignored.`,
    );
  }
  if (sources.length > 1) {
    notes.push(
      `${source} lists ${sources.length} <source> directories; each relative file name was joined with the one that holds it, or kept relative when none does.`,
    );
  }
  if (stated && (stated.total !== total || stated.covered !== covered)) {
    notes.push(
      statedTotalsNote(source, 'its root (lines-covered / lines-valid)', stated, {
        total,
        covered,
      }),
    );
  }
  if (notes.length) report.notes = notes;
  return report;
}

interface StatedRate {
  /** The `line-rate` attribute as written. */
  rate: unknown;
  covered: number;
  total: number;
}

/**
 * Whose rounding the report's own rates follow. Istanbul's Cobertura writer
 * truncates (2 of 3 lines: line-rate="0.6666"), coverage.py's rounds
 * ("0.6667"); the first rate that tells the two apart decides, and the
 * figures are then shown the way the producer shows them.
 */
function statedRounding(rates: readonly StatedRate[]): PercentRounding {
  for (const { rate, covered, total } of rates) {
    if (typeof rate !== 'string' || total === 0 || !/^\d+(\.\d+)?$/.test(rate.trim())) continue;
    const decimals = rate.trim().split('.')[1]?.length ?? 0;
    const stated = Number(rate);
    const ratio = covered / total;
    const truncated = truncateDecimals(ratio, decimals);
    const rounded = roundHalfEven(ratio, decimals);
    if (truncated === rounded) continue;
    if (stated === truncated) return 'truncate';
    if (stated === rounded) return 'half-even';
  }
  return 'half-even';
}

/** The root's `branches-valid` / `branches-covered`, when the producer states them. */
function statedBranches(coverage: Node): { total: number; covered: number } | undefined {
  const total = Number(coverage['branches-valid']);
  const covered = Number(coverage['branches-covered']);
  if (!Number.isInteger(total) || !Number.isInteger(covered) || total <= 0) return undefined;
  if (covered < 0 || covered > total) return undefined;
  return { total, covered };
}

function integerAttribute(
  node: Node,
  name: string,
  where: string,
  source: string,
  min: number,
): number {
  const raw = node[name];
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (!/^-?\d+$/.test(value)) {
    throw new InputError(
      source,
      `${where}: <line ${name}="${typeof raw === 'string' ? raw : ''}"> must be an integer`,
    );
  }
  const number = Number(value);
  if (number < min || !Number.isSafeInteger(number)) {
    throw new InputError(
      source,
      `${where}: <line ${name}="${value}"> must be ${min === 0 ? 'zero or more' : `${min} or more`}`,
    );
  }
  return number;
}

function readLine(line: Node, where: string, source: string): [number, LineData] {
  const number = integerAttribute(line, 'number', where, source, 1);
  const hits = integerAttribute(line, 'hits', where, source, 0);
  let branchCovered = 0;
  let branchTotal = 0;
  const condition = line['condition-coverage'];
  if (String(line.branch).toLowerCase() === 'true' && typeof condition === 'string') {
    const match = CONDITION.exec(condition);
    if (!match) {
      throw new InputError(
        source,
        `${where}: line ${number} has condition-coverage="${condition}", expected like "50% (1/2)"`,
      );
    }
    branchCovered = Number(match[1]);
    branchTotal = Number(match[2]);
    if (branchCovered > branchTotal) {
      throw new InputError(
        source,
        `${where}: line ${number} has condition-coverage="${condition}", more covered than there are branches`,
      );
    }
  }
  return [number, { hits, branchCovered, branchTotal }];
}

/** Adds one reading of a line: hits are summed, branch figures take the largest. */
function addLine(lines: Map<number, LineData>, number: number, data: LineData): void {
  const existing = lines.get(number);
  if (!existing) {
    lines.set(number, { ...data });
    return;
  }
  existing.hits += data.hits;
  existing.branchTotal = Math.max(existing.branchTotal, data.branchTotal);
  existing.branchCovered = Math.max(existing.branchCovered, data.branchCovered);
}

/**
 * A class's lines: its own `<lines>`; when it has none, the lines of its
 * methods (Swift/Xcode exports list lines only there), a line that several
 * methods list counting once. When the class lists lines itself, method
 * lines are the same lines again (Cobertura, coverlet) or a function's
 * declaration line its own root does not count (Istanbul), so they are not added.
 */
function readClassLines(cls: Node, where: string, source: string): Map<number, LineData> {
  const own = new Map<number, LineData>();
  for (const line of children(child(cls, 'lines'), 'line')) {
    const [number, data] = readLine(line, where, source);
    addLine(own, number, data);
  }
  if (own.size > 0) return own;
  const fromMethods = new Map<number, LineData>();
  for (const method of children(child(cls, 'methods'), 'method')) {
    for (const line of children(child(method, 'lines'), 'line')) {
      const [number, data] = readLine(line, `${where} <method>`, source);
      const existing = fromMethods.get(number);
      if (!existing || existing.hits < data.hits) fromMethods.set(number, data);
    }
  }
  return fromMethods;
}

/**
 * Every `<class>` wherever the format allows it: under
 * `packages/package/classes` (the DTD), or directly under `<packages>` or a
 * `<package>` (some Istanbul Cobertura writers), in document order per level.
 */
function classesOf(coverage: Node): Node[] {
  const packages = child(coverage, 'packages');
  const found: Node[] = [];
  const fromContainer = (node: Node | undefined) => {
    found.push(...children(node, 'class'));
    for (const classes of children(node, 'classes')) found.push(...children(classes, 'class'));
  };
  for (const pkg of children(packages, 'package')) fromContainer(pkg);
  fromContainer(packages);
  return found;
}

/** A `<source>` that is a directory, not a command-line leftover such as `--source`. */
function isSourcePath(value: string): boolean {
  return !value.startsWith('-');
}

/**
 * Turns a class's filename into a path: absolute names are kept; with one
 * source, relative names join it; with several, the source that holds the
 * file (checked with `exists`), else the name stays relative.
 */
function sourceResolver(
  sources: readonly string[],
  exists: ((path: string) => boolean) | undefined,
): (filename: string) => string {
  return (filename) => {
    if (isAbsolute(filename) || sources.length === 0) return filename;
    if (sources.length === 1) return joinSource(sources[0] as string, filename);
    for (const dir of sources) {
      const candidate = joinSource(dir, filename);
      if (exists?.(candidate)) return candidate;
    }
    return filename;
  };
}

/** The root's `lines-valid` / `lines-covered`, when the producer states them. */
function statedLines(coverage: Node): { total: number; covered: number } | undefined {
  const [total, covered] = [coverage['lines-valid'], coverage['lines-covered']].map((v) =>
    typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN,
  ) as [number, number];
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(covered)) return undefined;
  return { total, covered };
}

function methodRan(method: Node): boolean {
  if (typeof method.hits === 'string') return Number(method.hits) > 0;
  const lines = children(child(method, 'lines'), 'line');
  if (lines.length) return lines.some((l) => Number(l.hits) > 0);
  return Number(method['line-rate']) > 0;
}

function toFileCoverage(path: string, data: FileData): FileCoverage {
  let branchTotal = 0;
  let branchCovered = 0;
  for (const d of data.lines.values()) {
    branchTotal += d.branchTotal;
    branchCovered += d.branchCovered;
  }
  const hits = [...data.lines].map(([line, d]) => [line, d.hits] as const);
  return lineFileCoverage(path, data.reportPath, hits, (file) => {
    const metrics: Metrics = { lines: { total: file.statements, covered: file.covered } };
    if (branchTotal > 0) metrics.branches = { total: branchTotal, covered: branchCovered };
    if (data.functionsTotal > 0) {
      metrics.functions = { total: data.functionsTotal, covered: data.functionsCovered };
    }
    return metrics;
  });
}
