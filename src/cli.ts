/**
 * `coverage-gate`: the pipeline on a laptop. Exit 0 when every gate passes,
 * 1 when a gate fails, 2 on bad input or usage.
 */
import { parseArgs } from 'node:util';
import { pushView } from './analysis/component-pace.js';
import { parseUnifiedDiff } from './analysis/diff.js';
import { loadReports, pathOptions, reportDirHint, runAnalysis } from './pipeline.js';
import { renderJson } from './render/json.js';
import { renderMarkdown } from './render/markdown.js';
import { renderText } from './render/text.js';
import { checkoutRoot, scanCheckout } from './report/checkout.js';
import { describeError, InputError } from './report/errors.js';
import { readFileBytes } from './report/fs-async.js';
import { importHistory } from './report/history-import.js';
import { numberSetting, readSettings, SETTING_DEFAULTS, type SettingName } from './settings.js';

export const VERSION = '0.1.0';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  cwd: string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** CLI flags that carry a shared setting, by flag name. */
const SETTING_FLAGS: Partial<Record<string, SettingName>> = {
  'min-coverage': 'min-coverage',
  'min-file-coverage': 'min-file-coverage',
  'min-file-statements': 'min-file-statements',
  'file-thresholds': 'file-thresholds',
  'max-coverage-drop': 'max-coverage-drop',
  'min-patch-coverage': 'min-patch-coverage',
  'min-branch-coverage': 'min-branch-coverage',
  'max-new-uncovered-lines': 'max-new-uncovered-lines',
  informational: 'informational',
  'impact-min-statements': 'impact-min-statements',
  'impact-max-coverage': 'impact-max-coverage',
  'impact-target': 'impact-target',
  'impact-count': 'impact-count',
  'impact-include': 'impact-include',
  'impact-exclude': 'impact-exclude',
  'path-prefix': 'path-prefix',
  precision: 'precision',
  'coverage-format': 'coverage-format',
  components: 'components',
  'component-gates': 'component-gates',
};

const HELP_ROWS: [string, string, string][] = [
  [
    '--coverage FILE...',
    'report(s) of this run; several are merged; globs allowed',
    SETTING_DEFAULTS['coverage-file'],
  ],
  ['--base FILE', "baseline report to compare with (the base branch's)", 'none'],
  ['--diff FILE|-', 'unified diff of the change (git diff base...head), - for stdin', 'none'],
  ['--format text|markdown|json', 'output format', 'text'],
  [
    '--coverage-format FORMAT',
    'report format: auto (from the content), coverage.py, istanbul, lcov or cobertura',
    SETTING_DEFAULTS['coverage-format'],
  ],
  ['--min-coverage PCT', 'minimum total coverage', SETTING_DEFAULTS['min-coverage']],
  [
    '--min-file-coverage PCT',
    'minimum for every file with --min-file-statements or more',
    SETTING_DEFAULTS['min-file-coverage'],
  ],
  [
    '--min-file-statements N',
    'smaller files are exempt from --min-file-coverage',
    SETTING_DEFAULTS['min-file-statements'],
  ],
  [
    '--file-thresholds RULES',
    '"glob: pct" rules, newline-separated or repeated; last match wins',
    'none',
  ],
  ['--max-coverage-drop PP', 'largest allowed fall against the base, in points', 'off'],
  ['--min-patch-coverage PCT', 'minimum coverage of the changed executable lines', 'off'],
  [
    '--min-branch-coverage PCT',
    'minimum share of branches covered; n/a when the report has no branch data',
    'off',
  ],
  [
    '--max-new-uncovered-lines N',
    'most lines left uncovered that the change touched or that ran at base',
    'off',
  ],
  [
    '--informational GATES',
    'gate names (as failed-gates lists them) or all: their failure warns, exit 0; repeatable',
    'none',
  ],
  ['--fail-on-missing-baseline', 'fail when no --base is given', 'false'],
  [
    '--impact-min-statements N',
    'files below this size are not suggested',
    SETTING_DEFAULTS['impact-min-statements'],
  ],
  [
    '--impact-max-coverage PCT',
    'files at or above this coverage are not suggested',
    SETTING_DEFAULTS['impact-max-coverage'],
  ],
  [
    '--impact-target PCT',
    'coverage each suggested file is projected to reach',
    SETTING_DEFAULTS['impact-target'],
  ],
  ['--impact-count N', 'how many files to suggest', SETTING_DEFAULTS['impact-count']],
  ['--impact-include GLOBS', 'suggest only files matching these globs; repeatable', 'all'],
  ['--impact-exclude GLOBS', 'never suggest files matching these globs; repeatable', 'none'],
  [
    '--components LINES',
    '"name: glob glob !glob" per component (monorepos); newline-separated or repeated',
    'none',
  ],
  [
    '--component-gates LINES',
    '"name: min-coverage=60 max-coverage-drop=0.5 ..." (* for all); last match wins per key',
    'none',
  ],
  [
    '--path-prefix RULE',
    'OLD, OLD => NEW or => NEW: strip, replace or add a report path prefix',
    'learnt from the checkout',
  ],
  ['--precision N', 'decimals for display and threshold comparison', SETTING_DEFAULTS.precision],
  [
    '--history FILE',
    'coverage history (coverage-history.json, or a JSON array / CSV of date and percent points); this report is drawn as the next point',
    'none',
  ],
  ['--target-coverage PCT', 'the long-term goal: where the push stands and when it comes', 'off'],
  ['--comment-id ID', 'marker id written into --format markdown', 'none'],
  ['--no-color', 'never colour the text output (colour is used only on a terminal)', 'false'],
  ['--version', 'print the version', ''],
  ['-h, --help', 'print this help', ''],
];

export function helpText(): string {
  const width = Math.max(...HELP_ROWS.map(([flag]) => flag.length));
  const rows = HELP_ROWS.map(
    ([flag, text, def]) => `  ${flag.padEnd(width)}  ${text}${def ? ` (default: ${def})` : ''}`,
  );
  return `Usage: coverage-gate --coverage coverage.json [--base base.json] [--diff pr.diff] [options]

Reads a coverage report (coverage.py's coverage.json, Istanbul, LCOV or
Cobertura XML), compares it with a baseline, applies the gates and lists
which files to test next. Exit status: 0 every gate passed (or only
informational ones failed), 1 a gate failed, 2 bad input or usage.

Options:
${rows.join('\n')}
`;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await runCli(argv, io);
  } catch (error) {
    const message = describeError(error);
    io.stderr(`coverage-gate: ${message}\n`);
    if (!(error instanceof InputError) && io.env.COVERAGE_GATE_DEBUG && error instanceof Error)
      io.stderr(`${error.stack}\n`);
    return 2;
  }
}

async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const options = {
    coverage: { type: 'string', multiple: true },
    base: { type: 'string' },
    diff: { type: 'string' },
    format: { type: 'string', default: 'text' },
    'comment-id': { type: 'string' },
    history: { type: 'string' },
    'target-coverage': { type: 'string' },
    'fail-on-missing-baseline': { type: 'boolean', default: false },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', default: false },
    ...Object.fromEntries(
      Object.keys(SETTING_FLAGS).map((flag) => [
        flag,
        {
          type: 'string',
          multiple: [
            'file-thresholds',
            'impact-include',
            'impact-exclude',
            'informational',
            'components',
            'component-gates',
          ].includes(flag),
        },
      ]),
    ),
  } as const;
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof options; allowPositionals: true; args: string[] }>
  >;
  try {
    parsed = parseArgs({
      args: attachNegativeValues(argv, options),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new InputError('', usageProblem(error));
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  if (values.help) {
    io.stdout(helpText());
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const format = values.format as string;
  if (!['text', 'markdown', 'json'].includes(format)) {
    throw new InputError(
      '',
      `--format must be text, markdown or json, got ${JSON.stringify(format)}`,
    );
  }
  // `--coverage a.json b.json`: the files after the first arrive as positionals.
  const coverage = [...((values.coverage as string[] | undefined) ?? []), ...parsed.positionals];
  const settings = readSettings(
    (name) => {
      if (name === 'coverage-file') return coverage.join('\n');
      if (name === 'fail-on-missing-baseline')
        return values['fail-on-missing-baseline'] ? 'true' : 'false';
      const value = values[name];
      return Array.isArray(value) ? value.join('\n') : (value as string | undefined);
    },
    (name) => (name === 'coverage-file' ? '--coverage' : `--${name}`),
  );
  // The checkout root is git's top level (or the current directory): report paths become
  // relative to it. Its files are listed while the reports are read, and waited for only
  // when a report's paths need them.
  const root = checkoutRoot(io.cwd);
  const scan = scanCheckout(root);
  const paths = pathOptions(
    settings,
    root,
    scan,
    reportDirHint(settings.coverageFiles, io.cwd, root),
  );
  const baseFile = values.base as string | undefined;
  const diffFile = values.diff as string | undefined;
  // The diff is read alongside the reports and parsed after them; a failure waits its turn.
  const diffRead = diffFile && diffFile !== '-' ? readText(diffFile, io.cwd) : null;
  diffRead?.catch(() => undefined);
  const [head, base] = await Promise.all([
    loadReports(settings.coverageFiles, settings.coverageFormat, paths, io.cwd),
    baseFile ? loadReports([baseFile], settings.coverageFormat, paths, io.cwd) : null,
  ]).finally(() => scan.stop());
  let changes = null;
  if (diffFile) {
    const text = diffRead ? await diffRead : await io.readStdin();
    changes = parseUnifiedDiff(text, diffFile === '-' ? '(stdin)' : diffFile);
  }
  const walkNote = scan.note();
  const notes = [
    ...(base
      ? []
      : ['No baseline was given (--base), so there is no comparison with the base branch.']),
    ...(walkNote ? [walkNote] : []),
  ];
  const result = runAnalysis({
    settings,
    head,
    base,
    changes,
    notes,
    ...(base ? { baseline: { commit: null, source: 'file' } } : {}),
  });

  const historyFile = values.history as string | undefined;
  const targetRaw = values['target-coverage'] as string | undefined;
  const target =
    targetRaw === undefined || targetRaw.trim() === ''
      ? null
      : numberSetting('--target-coverage', targetRaw, { min: 0, max: 100 });
  if (historyFile) {
    const history = importHistory(await readBytes(historyFile, io.cwd), historyFile);
    const view = pushView(history, target, result.totals.percent, result.components, {
      precision: result.precision,
      rounding: result.rounding,
      today: Date.now(),
    });
    if (view) result.push = view;
  }

  if (format === 'json') io.stdout(renderJson(result));
  else if (format === 'markdown') {
    const commentId = values['comment-id'] as string | undefined;
    io.stdout(renderMarkdown(result, commentId === undefined ? {} : { commentId }));
  } else
    io.stdout(renderText(result, { colour: io.isTTY && !values['no-color'] && !io.env.NO_COLOR }));
  return result.passed ? 0 : 1;
}

async function readBytes(path: string, cwd: string): Promise<Buffer> {
  try {
    // A large one in one request to the thread pool, so the diff is read while the reports are parsed.
    return await readFileBytes(path.startsWith('/') ? path : `${cwd}/${path}`);
  } catch (error) {
    throw cannotRead(path, error);
  }
}

async function readText(path: string, cwd: string): Promise<string> {
  const bytes = await readBytes(path, cwd);
  try {
    return bytes.toString('utf8');
  } catch (error) {
    // Longer than V8's longest string.
    throw cannotRead(path, error);
  }
}

function cannotRead(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError(path, code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`);
}

/**
 * `--min-coverage -1` would make parseArgs call the value ambiguous; join a
 * value that looks like a negative number to its flag so that the setting's
 * own validation reports it ("must be a number from 0 to 100, got "-1"").
 */
function attachNegativeValues(
  argv: readonly string[],
  options: Record<string, { type: string }>,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    const flag = arg.startsWith('--') ? arg.slice(2) : null;
    if (flag && options[flag]?.type === 'string' && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** parseArgs' errors, said in one short line. */
function usageProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = describeError(error);
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return `unknown option ${option}; see --help`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /argument missing|argument is ambiguous/.test(message)
      ? `${option.replace(/ .*/, '')} needs a value; see --help`
      : `${message.replace(/\.$/, '')}; see --help`;
  }
  return `${message}; see --help`;
}
