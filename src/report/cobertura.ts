/**
 * Cobertura XML, as coverage.py (`coverage xml`), Jest/Istanbul's
 * `cobertura` reporter and the JVM/.NET tools write it.
 *
 * The headline figure is lines: every `<line>` of a class's `<lines>`
 * counts once per file, hit when its `hits` is above zero. A file that
 * appears in several `<class>` elements (inner classes, one class per
 * function in some producers) is merged: hits are summed per line. Branches
 * come from `condition-coverage="50% (1/2)"` and are kept as a metric (per
 * line, the largest figure among the classes), like methods (functions).
 *
 * Paths: a `filename` that is absolute is kept; a relative one is joined
 * with the first `<source>` (coverage.py writes one `<source>` per source
 * directory and the class names alone do not say which one a file belongs
 * to), so an absolute source under the workspace ends up repository-relative
 * after normalisation. With no `<source>`, the filename is kept as written.
 *
 * The XML is parsed with entity expansion off; a document that declares
 * entities (a "billion laughs" bomb) is refused before parsing.
 */
import type { XMLParser as Parser } from 'fast-xml-parser';
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

type Node = Record<string, unknown>;

const ARRAY_ELEMENTS = new Set(['source', 'package', 'class', 'method', 'line']);

type XmlLibrary = typeof import('fast-xml-parser');

let parser: Parser | undefined;

/** The XML parser is loaded only when a Cobertura report is read: most runs never need it. */
async function xmlLibrary(): Promise<{
  parser: Parser;
  validate: XmlLibrary['XMLValidator']['validate'];
}> {
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  parser ??= new XMLParser(PARSER_OPTIONS);
  return { parser, validate: XMLValidator.validate };
}

const PARSER_OPTIONS: ConstructorParameters<XmlLibrary['XMLParser']>[0] = {
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAY_ELEMENTS.has(name),
};

/** True when the text starts like an XML document. */
export function looksLikeXml(text: string): boolean {
  return /^\s*<(\?xml|!--|!DOCTYPE|coverage[\s>/])/i.test(text);
}

const isNode = (value: unknown): value is Node =>
  !!value && typeof value === 'object' && !Array.isArray(value);

function children(parent: unknown, name: string): Node[] {
  if (!isNode(parent)) return [];
  const value = parent[name];
  if (!Array.isArray(value)) return isNode(value) ? [value] : [];
  return value.filter(isNode);
}

function child(parent: unknown, name: string): Node | undefined {
  return children(parent, name)[0];
}

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'].trim();
  return '';
}

function checkWellFormed(
  xml: string,
  source: string,
  validate: XmlLibrary['XMLValidator']['validate'],
): void {
  // Entities are never expanded; a document that declares any is refused, so a
  // "billion laughs" or external-entity document costs nothing.
  const root = xml.search(/<coverage[\s>/]/);
  const prolog = root < 0 ? xml : xml.slice(0, root);
  if (/<!ENTITY/i.test(prolog)) {
    throw new InputError(
      source,
      'declares XML entities (<!ENTITY>); a coverage report needs none and they are not expanded, so the file is refused',
    );
  }
  const verdict = validate(xml, { allowBooleanAttributes: true });
  if (verdict === true) return;
  const { msg, line, col } = verdict.err;
  if (/^Invalid '\[/.test(msg) || /unclosed|closed/i.test(msg)) {
    throw new InputError(
      source,
      `is not well-formed XML: the file ends before its elements are closed (truncated?) (${msg.replace(/\s+/g, ' ')})`,
    );
  }
  throw new InputError(source, `is not well-formed XML at line ${line}, column ${col}: ${msg}`);
}

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

export async function readCobertura(xml: string, source: string): Promise<CoverageReport> {
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
  const rawSources = (() => {
    const value = child(coverage, 'sources')?.source;
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return list.map(text).filter((s) => s !== '');
  })();
  const sourceDir = rawSources[0] ?? '';

  const files = new Map<string, FileData>();
  const rates: StatedRate[] = [];
  let classIndex = 0;
  for (const pkg of children(child(coverage, 'packages'), 'package')) {
    for (const cls of children(child(pkg, 'classes'), 'class')) {
      classIndex++;
      const where = `<class> #${classIndex}`;
      const filename = typeof cls.filename === 'string' ? cls.filename.trim() : '';
      if (filename === '') throw new InputError(source, `${where} has no filename attribute`);
      const path = joinSource(sourceDir, filename);
      let file = files.get(path);
      if (!file) {
        file = { reportPath: path, lines: new Map(), functionsTotal: 0, functionsCovered: 0 };
        files.set(path, file);
      }
      const fileWhere = `${where} (${JSON.stringify(filename)})`;
      const lines = children(child(cls, 'lines'), 'line');
      for (const line of lines) readLine(line, file, fileWhere, source);
      rates.push({
        rate: cls['line-rate'],
        covered: lines.filter((l) => Number(l.hits) > 0).length,
        total: lines.length,
      });
      for (const method of children(child(cls, 'methods'), 'method')) {
        file.functionsTotal++;
        if (methodRan(method)) file.functionsCovered++;
      }
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
  if (rawSources.length > 1) {
    report.notes = [
      `${source} lists ${rawSources.length} <source> directories; relative file names were joined with the first, ${JSON.stringify(sourceDir)}.`,
    ];
  }
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

function readLine(line: Node, file: FileData, where: string, source: string): void {
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
  const existing = file.lines.get(number);
  if (!existing) {
    file.lines.set(number, { hits, branchCovered, branchTotal });
    return;
  }
  existing.hits += hits;
  existing.branchTotal = Math.max(existing.branchTotal, branchTotal);
  existing.branchCovered = Math.max(existing.branchCovered, branchCovered);
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
