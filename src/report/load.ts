/**
 * Reading report files from disk: glob expansion, BOM, empty and malformed
 * files, format detection. Everything after this works on parsed data.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { looksLikeXml, readCobertura } from './cobertura.js';
import { readCoveragePy, readLeanCoveragePy } from './coveragepy.js';
import { describeError, InputError } from './errors.js';
import { parseCoveragePyLean } from './fast-json.js';
import { readFileBytes } from './fs-async.js';
import { isGlob } from './glob.js';
import { isObject } from './history.js';
import {
  isIstanbulFinal,
  isIstanbulSummary,
  readIstanbulFinal,
  readIstanbulSummary,
} from './istanbul.js';
import { walkableBuffer, walkedOver } from './json-walk.js';
import { looksLikeLcov, readLcov } from './lcov.js';
import type { CoverageReport, ReportFormat } from './model.js';

export type FormatChoice = 'auto' | ReportFormat;

export const FORMAT_CHOICES: readonly FormatChoice[] = [
  'auto',
  'coverage.py',
  'istanbul',
  'lcov',
  'cobertura',
];

const TRIED =
  'tried: coverage.py JSON (an object with "files"), Istanbul coverage-final.json (entries with "statementMap") and coverage-summary.json ("total" with "lines.pct"), LCOV (lines starting TN: or SF:), Cobertura XML (a <coverage> element)';

/** Expands newline/array-separated paths and globs; every pattern must match. */
export async function resolveReportPaths(
  patterns: readonly string[],
  cwd: string,
): Promise<string[]> {
  const found: string[] = [];
  for (const pattern of patterns.map((p) => p.trim()).filter(Boolean)) {
    // The glob matcher is loaded only when a pattern needs it.
    if (!isGlob(pattern)) {
      found.push(pattern);
      continue;
    }
    const { glob } = await import('tinyglobby');
    const matches = await glob(pattern, {
      cwd,
      onlyFiles: true,
      dot: true,
      expandDirectories: false,
    });
    if (matches.length === 0) throw new InputError(pattern, 'no file matches this pattern');
    found.push(...matches.sort());
  }
  return [...new Set(found)];
}

export async function readReportFile(
  path: string,
  format: FormatChoice = 'auto',
  cwd: string = process.cwd(),
): Promise<CoverageReport> {
  const file = cwd && !path.startsWith('/') ? `${cwd}/${path}` : path;
  const read = async (walkable: boolean): Promise<Buffer> => {
    try {
      return await readFileBytes(file, walkable ? walkableBuffer : undefined);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new InputError(path, 'file not found');
      if (code === 'EISDIR') throw new InputError(path, 'is a directory, not a report file');
      throw new InputError(path, `cannot be read (${code ?? String(error)})`);
    }
  };
  const bytes = await read(format === 'auto' || format === 'coverage.py');
  return parseReport(bytes, path, format, cwd, () => read(false));
}

/**
 * Decodes UTF-8 with or without a byte-order mark, and UTF-16 with one
 * (Windows PowerShell 5's `>` and .NET's Encoding.Unicode write it).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString(
    'utf8',
  );
}

/**
 * Below this size the whole text is parsed: the cut walk would run cold, in
 * V8's interpreter, and cost more than building the few unused objects.
 */
const LEAN_BYTES = 256 * 1024;

/**
 * The report in `bytes`. `again` reads them anew: a report read into the lean
 * read's walker (`walkableBuffer`) is written over by its walk, and when the
 * lean read does not give the report, the full parse reads it again.
 */
export async function parseReport(
  bytes: Uint8Array,
  source: string,
  format: FormatChoice = 'auto',
  cwd: string = process.cwd(),
  again?: () => Promise<Uint8Array>,
): Promise<CoverageReport> {
  const lean =
    (format === 'auto' || format === 'coverage.py') && bytes.length >= LEAN_BYTES
      ? parseCoveragePyLean(bytes)
      : undefined;
  if (lean !== undefined && detectJsonFormat(lean) === 'coverage.py') {
    // Not shaped like a report: read whole below, which names what is wrong.
    const report = readLeanCoveragePy(lean, source);
    if (report) return report;
  }
  let whole = bytes;
  if (walkedOver(bytes)) {
    // The lean read wrote over the report in its walker: the full parse reads it again.
    if (!again)
      throw new Error(`${source}: written over by the lean read, with no way to read it again`);
    whole = await again();
  }
  const text = decodeText(whole);
  if (text.trim() === '') throw new InputError(source, 'is empty');
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    const document = parseJson(text, source);
    const detected = detectJsonFormat(document);
    if (format !== 'auto' && detected !== format && detected !== undefined) {
      throw new InputError(source, `is ${describeFormat(detected)}, not ${describeFormat(format)}`);
    }
    const chosen = format === 'auto' ? detected : format;
    switch (chosen) {
      case 'coverage.py':
        return readCoveragePy(document, source);
      case 'istanbul':
        return isIstanbulSummary(document)
          ? readIstanbulSummary(document, source)
          : readIstanbulFinal(document, source);
      case undefined:
        throw new InputError(
          source,
          `is JSON but not a coverage report this tool reads (${TRIED})`,
        );
      default:
        throw new InputError(source, `is JSON, not ${describeFormat(chosen)}`);
    }
  }
  const detected = looksLikeXml(text) ? 'cobertura' : looksLikeLcov(text) ? 'lcov' : undefined;
  if (format !== 'auto' && detected !== format) {
    throw new InputError(
      source,
      `is ${detected ? describeFormat(detected) : 'not a coverage report this tool reads'}, not ${describeFormat(format)}`,
    );
  }
  if (detected === 'cobertura') {
    // Picks, among several <source> directories, the one that holds a file.
    const exists = (path: string) => existsSync(isAbsolute(path) ? path : join(cwd, path));
    return readCobertura(text, source, { exists });
  }
  if (detected === 'lcov') return readLcov(text, source);
  throw new InputError(source, `is not a coverage report this tool reads (${TRIED})`);
}

export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = describeError(error);
    // A parse error at the very end of the text means the file stops mid-value.
    const position = /at position (\d+)/.exec(detail);
    const truncated =
      /end of JSON input|Unterminated string/i.test(detail) ||
      (position !== null && Number(position[1]) >= text.trimEnd().length);
    throw new InputError(
      source,
      truncated
        ? `is not valid JSON: the file ends early (truncated?): ${detail}`
        : `is not valid JSON: ${detail}`,
    );
  }
}

const FORMAT_NAMES: Record<ReportFormat, string> = {
  'coverage.py': 'a coverage.py JSON report',
  istanbul: 'an Istanbul coverage-final.json',
  lcov: 'an LCOV tracefile',
  cobertura: 'a Cobertura XML report',
};

function describeFormat(format: ReportFormat): string {
  return FORMAT_NAMES[format];
}

/** Decides a JSON report's format from its content, never the file name. */
export function detectJsonFormat(document: unknown): ReportFormat | undefined {
  if (!document || typeof document !== 'object' || Array.isArray(document)) return undefined;
  const record = document as Record<string, unknown>;
  if (
    'files' in record &&
    (record.meta !== undefined || record.totals !== undefined || isObject(record.files))
  ) {
    return 'coverage.py';
  }
  if (isIstanbulFinal(record) || isIstanbulSummary(record)) return 'istanbul';
  return undefined;
}
