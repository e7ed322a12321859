#!/usr/bin/env node
import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  InputError,
  SETTING_DEFAULTS,
  checkoutRoot,
  componentTextRows,
  componentTrendLines,
  countText,
  countUnit,
  counted,
  deltaPartsText,
  deltaText,
  describeError,
  importHistory,
  lineRanges,
  loadReports,
  numberSetting,
  parseUnifiedDiff,
  pathOptions,
  percentText,
  pushView,
  readSettings,
  renderJson,
  renderMarkdown,
  reportDirHint,
  roundingLine,
  runAnalysis,
  scanCheckout,
  showBidiControls,
  testedFiles,
  trendLine
} from "./chunks/chunk-TPBMWHR5.js";
import "./chunks/chunk-L4MGAY5R.js";
import "./chunks/chunk-MJYV5W3C.js";

// src/cli.ts
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/render/text.ts
function painter(on, code) {
  return on ? (text) => `\x1B[${code}m${text}\x1B[0m` : (text) => text;
}
function table(rows, rightAligned = []) {
  const widths = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell));
    });
  }
  return rows.map(
    (row) => row.map((cell, i) => {
      const pad = " ".repeat((widths[i] ?? 0) - visibleLength(cell));
      return rightAligned.includes(i) ? pad + cell : cell + pad;
    }).join("  ").trimEnd()
  ).join("\n");
}
function visibleLength(text) {
  return text.replace(/\u001b\[\d+m/g, "").length;
}
function safe(text) {
  return showBidiControls(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?"));
}
function renderText(result, options = {}) {
  const colour = options.colour ?? false;
  const green = painter(colour, 32);
  const red = painter(colour, 31);
  const yellow = painter(colour, 33);
  const bold = painter(colour, 1);
  const dim = painter(colour, 2);
  const p = result.precision;
  const r = result.rounding;
  const t = result.totals;
  const out = [];
  const warned = result.warnedGates?.length ? ` with warnings (${result.warnedGates.join(", ")})` : "";
  const verdict = result.passed ? green(`PASSED${warned}`) : red(`FAILED (${result.failedGates.join(", ")})`);
  out.push(`${bold("Coverage Gate")}  ${verdict}`);
  out.push("");
  const summary = [["", "Coverage", "Covered", "Total", "\u0394"]];
  const unit = countUnit(result);
  summary.push([
    "Head",
    bold(percentText(t.percent, p, r)),
    countText(t.covered),
    `${countText(t.statements)} ${unit}`,
    result.delta === null ? "" : `${deltaText(result.delta, p)} pp${result.deltaBasis ? ` (${result.deltaBasis})` : ""}`
  ]);
  if (t.branches !== null) {
    summary.push([
      "  branches",
      "",
      countText(t.coveredBranches ?? 0),
      `${countText(t.branches)} branches`,
      ""
    ]);
  }
  if (result.base)
    summary.push([
      "Base",
      percentText(result.base.percent, p, r),
      countText(result.base.covered),
      countText(result.base.statements),
      ""
    ]);
  else summary.push(["Base", dim("none"), "", "", ""]);
  if (result.patch) {
    summary.push([
      "Patch",
      result.patch.percent === null ? "n/a" : percentText(result.patch.percent, p, r),
      countText(result.patch.covered),
      `${countText(result.patch.lines)} changed lines`,
      ""
    ]);
  }
  out.push(table(summary, [1, 2]));
  const components = componentTextRows(result);
  if (components.length) {
    out.push("", bold("Components"));
    out.push(
      indent(table([["Component", "Coverage", "\u0394", "Patch", ""], ...components], [1, 2, 3]))
    );
  }
  if (result.push) {
    out.push("", bold("Coverage push"));
    out.push(`  ${trendLine(result.push, { maxPoints: 30, precision: p, rounding: r })}`);
    for (const line of componentTrendLines(result.push, p, r)) out.push(`  ${safe(line)}`);
  }
  const gates = result.gates.filter(
    (g) => !(g.name === "min-coverage" && g.threshold === 0 && g.passed)
  );
  if (gates.length) {
    out.push("", bold("Gates"));
    for (const gate of gates) {
      const mark = gate.skipped ? dim("skip") : gate.passed ? green("pass") : gate.informational ? yellow("WARN") : red("FAIL");
      out.push(`  ${mark}  ${gate.name}: ${safe(gate.message)}`);
    }
  }
  if (result.impact.length) {
    const s = result.impactSummary;
    out.push("", bold("Test these next"));
    const size = { statements: "Stmts", lines: "Lines", "statements and lines": "Size" }[countUnit(result)];
    const rows = [["#", "File", size, "Cover", "Uncovered", "Tier", "Gain"]];
    result.impact.forEach((e, i) => {
      rows.push([
        `${i + 1}`,
        `${safe(e.path)}${e.changed ? " *" : ""}`,
        countText(e.statements),
        percentText(e.percent, p, e.rounding ?? r),
        countText(e.uncovered),
        `${e.tier}`,
        `+${e.gain.toFixed(p)} pp`
      ]);
    });
    out.push(indent(table(rows, [0, 2, 3, 4, 6])));
    out.push(
      `  Testing ${testedFiles(s.files)} to ${s.target}% adds ~${s.gain.toFixed(p)} pp (from ${percentText(s.from, p, r)} to ${percentText(s.to, p, r)}).`
    );
    if (result.impact.some((e) => e.changed)) out.push(dim("  * changed in this diff"));
    if (s.folders.length) {
      out.push(
        dim(
          `  Related: ${s.folders.slice(0, 5).map((g) => `${safe(g.folder)}/ (${counted(g.files, "file")})`).join(", ")}`
        )
      );
    }
  }
  const changed = result.files.filter((f) => f.changed);
  if (changed.length) {
    const max = options.maxRows ?? 50;
    out.push("", bold(`Changed files (${changed.length})`));
    const rows = [["File", "Coverage", "\u0394", "Patch", "Uncovered changed lines"]];
    for (const row of changed.slice(0, max)) {
      rows.push([
        safe(row.path),
        percentText(row.percent, p, row.rounding ?? r),
        row.delta === null ? "new" : deltaText(row.delta, p),
        row.patchLines ? `${row.patchCovered}/${row.patchLines}` : "-",
        lineRanges(row.patchMissing, 6, "-")
      ]);
    }
    out.push(indent(table(rows, [1, 2, 3])));
    if (changed.length > max) out.push(dim(`  ...and ${countText(changed.length - max)} more`));
  }
  out.push(...whyCoverageChanged(result, bold));
  if (result.deltaBasis && result.deltaFrom) {
    out.push(
      "",
      `Note: only one side measured branches, so the change compares statements alone: ${percentText(result.deltaFrom.base, p, r)} -> ${percentText(result.deltaFrom.head, p, r)}.`
    );
  }
  if (result.patchNonStatements?.length) {
    out.push(
      "",
      `Note: the patch figure may count lines that are not statements (coverage.py before 7.13.1 lists a module docstring among the executed lines): ${result.patchNonStatements.map(safe).join(", ")}.`
    );
  }
  for (const note of result.notes) out.push("", `Note: ${safe(note)}`);
  return `${out.join("\n")}
`;
}
function whyCoverageChanged(result, bold) {
  const why = deltaPartsText(result);
  if (!why || why.rows.length === 1) return [];
  const out = ["", bold("Why coverage changed"), indent(table(why.rows, [1, 2, 3]))];
  const rounding = roundingLine(result);
  if (rounding) out.push(`  ${rounding}`);
  if (why.lost.length) {
    out.push("  Lines that lost coverage:");
    for (const line of why.lost) out.push(`    ${safe(line)}`);
  }
  return out;
}
function indent(text) {
  return text.split("\n").map((l) => `  ${l}`).join("\n");
}

// src/cli.ts
var VERSION = "0.1.0";
var SETTING_FLAGS = {
  "min-coverage": "min-coverage",
  "min-file-coverage": "min-file-coverage",
  "min-file-statements": "min-file-statements",
  "file-thresholds": "file-thresholds",
  "max-coverage-drop": "max-coverage-drop",
  "min-patch-coverage": "min-patch-coverage",
  "min-branch-coverage": "min-branch-coverage",
  "max-new-uncovered-lines": "max-new-uncovered-lines",
  informational: "informational",
  "impact-min-statements": "impact-min-statements",
  "impact-max-coverage": "impact-max-coverage",
  "impact-target": "impact-target",
  "impact-count": "impact-count",
  "impact-include": "impact-include",
  "impact-exclude": "impact-exclude",
  "path-prefix": "path-prefix",
  precision: "precision",
  "coverage-format": "coverage-format",
  components: "components",
  "component-gates": "component-gates"
};
var HELP_ROWS = [
  [
    "--coverage FILE...",
    "report(s) of this run; several are merged; globs allowed",
    SETTING_DEFAULTS["coverage-file"]
  ],
  ["--base FILE", "baseline report to compare with (the base branch's)", "none"],
  ["--diff FILE|-", "unified diff of the change (git diff base...head), - for stdin", "none"],
  ["--format text|markdown|json", "output format", "text"],
  [
    "--coverage-format FORMAT",
    "report format: auto (from the content), coverage.py, istanbul, lcov or cobertura",
    SETTING_DEFAULTS["coverage-format"]
  ],
  ["--min-coverage PCT", "minimum total coverage", SETTING_DEFAULTS["min-coverage"]],
  [
    "--min-file-coverage PCT",
    "minimum for every file with --min-file-statements or more",
    SETTING_DEFAULTS["min-file-coverage"]
  ],
  [
    "--min-file-statements N",
    "smaller files are exempt from --min-file-coverage",
    SETTING_DEFAULTS["min-file-statements"]
  ],
  [
    "--file-thresholds RULES",
    '"glob: pct" rules, newline-separated or repeated; last match wins',
    "none"
  ],
  ["--max-coverage-drop PP", "largest allowed fall against the base, in points", "off"],
  ["--min-patch-coverage PCT", "minimum coverage of the changed executable lines", "off"],
  [
    "--min-branch-coverage PCT",
    "minimum share of branches covered; n/a when the report has no branch data",
    "off"
  ],
  [
    "--max-new-uncovered-lines N",
    "most lines left uncovered that the change touched or that ran at base",
    "off"
  ],
  [
    "--informational GATES",
    "gate names (as failed-gates lists them) or all: their failure warns, exit 0; repeatable",
    "none"
  ],
  ["--fail-on-missing-baseline", "fail when no --base is given", "false"],
  [
    "--impact-min-statements N",
    "files below this size are not suggested",
    SETTING_DEFAULTS["impact-min-statements"]
  ],
  [
    "--impact-max-coverage PCT",
    "files at or above this coverage are not suggested",
    SETTING_DEFAULTS["impact-max-coverage"]
  ],
  [
    "--impact-target PCT",
    "coverage each suggested file is projected to reach",
    SETTING_DEFAULTS["impact-target"]
  ],
  ["--impact-count N", "how many files to suggest", SETTING_DEFAULTS["impact-count"]],
  ["--impact-include GLOBS", "suggest only files matching these globs; repeatable", "all"],
  ["--impact-exclude GLOBS", "never suggest files matching these globs; repeatable", "none"],
  [
    "--components LINES",
    '"name: glob glob !glob" per component (monorepos); newline-separated or repeated',
    "none"
  ],
  [
    "--component-gates LINES",
    '"name: min-coverage=60 max-coverage-drop=0.5 ..." (* for all); last match wins per key',
    "none"
  ],
  [
    "--path-prefix RULE",
    "OLD, OLD => NEW or => NEW: strip, replace or add a report path prefix",
    "learnt from the checkout"
  ],
  ["--precision N", "decimals for display and threshold comparison", SETTING_DEFAULTS.precision],
  [
    "--history FILE",
    "coverage history (coverage-history.json, or a JSON array / CSV of date and percent points); this report is drawn as the next point",
    "none"
  ],
  ["--target-coverage PCT", "the long-term goal: where the push stands and when it comes", "off"],
  ["--comment-id ID", "marker id written into --format markdown", "none"],
  ["--no-color", "never colour the text output (colour is used only on a terminal)", "false"],
  ["--version", "print the version", ""],
  ["-h, --help", "print this help", ""]
];
function helpText() {
  const width = Math.max(...HELP_ROWS.map(([flag]) => flag.length));
  const rows = HELP_ROWS.map(
    ([flag, text, def]) => `  ${flag.padEnd(width)}  ${text}${def ? ` (default: ${def})` : ""}`
  );
  return `Usage: coverage-gate --coverage coverage.json [--base base.json] [--diff pr.diff] [options]

Reads a coverage report (coverage.py's coverage.json, Istanbul, LCOV or
Cobertura XML), compares it with a baseline, applies the gates and lists
which files to test next. Exit status: 0 every gate passed (or only
informational ones failed), 1 a gate failed, 2 bad input or usage.

Options:
${rows.join("\n")}
`;
}
async function main(argv, io) {
  try {
    return await runCli(argv, io);
  } catch (error) {
    const message = describeError(error);
    io.stderr(`coverage-gate: ${message}
`);
    if (!(error instanceof InputError) && io.env.COVERAGE_GATE_DEBUG && error instanceof Error)
      io.stderr(`${error.stack}
`);
    return 2;
  }
}
async function runCli(argv, io) {
  const options = {
    coverage: { type: "string", multiple: true },
    base: { type: "string" },
    diff: { type: "string" },
    format: { type: "string", default: "text" },
    "comment-id": { type: "string" },
    history: { type: "string" },
    "target-coverage": { type: "string" },
    "fail-on-missing-baseline": { type: "boolean", default: false },
    "no-color": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
    version: { type: "boolean", default: false },
    ...Object.fromEntries(
      Object.keys(SETTING_FLAGS).map((flag) => [
        flag,
        {
          type: "string",
          multiple: [
            "file-thresholds",
            "impact-include",
            "impact-exclude",
            "informational",
            "components",
            "component-gates"
          ].includes(flag)
        }
      ])
    )
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: attachNegativeValues(argv, options),
      options,
      allowPositionals: true,
      strict: true
    });
  } catch (error) {
    throw new InputError("", usageProblem(error));
  }
  const values = parsed.values;
  if (values.help) {
    io.stdout(helpText());
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const format = values.format;
  if (!["text", "markdown", "json"].includes(format)) {
    throw new InputError(
      "",
      `--format must be text, markdown or json, got ${JSON.stringify(format)}`
    );
  }
  const coverage = [...values.coverage ?? [], ...parsed.positionals];
  const settings = readSettings(
    (name) => {
      if (name === "coverage-file") return coverage.join("\n");
      if (name === "fail-on-missing-baseline")
        return values["fail-on-missing-baseline"] ? "true" : "false";
      const value = values[name];
      return Array.isArray(value) ? value.join("\n") : value;
    },
    (name) => name === "coverage-file" ? "--coverage" : `--${name}`
  );
  const rootFound = checkoutRoot(io.cwd);
  const scan = scanCheckout(rootFound);
  const root = await rootFound;
  const paths = pathOptions(
    settings,
    root,
    scan,
    reportDirHint(settings.coverageFiles, io.cwd, root)
  );
  const baseFile = values.base;
  const [head, base] = await Promise.all([
    loadReports(settings.coverageFiles, settings.coverageFormat, paths, io.cwd),
    baseFile ? loadReports([baseFile], settings.coverageFormat, paths, io.cwd) : null
  ]).finally(() => scan.stop());
  const diffFile = values.diff;
  let changes = null;
  if (diffFile) {
    const text = diffFile === "-" ? await io.readStdin() : await readText(diffFile, io.cwd);
    changes = parseUnifiedDiff(text, diffFile === "-" ? "(stdin)" : diffFile);
  }
  const walkNote = scan.note();
  const notes = [
    ...base ? [] : ["No baseline was given (--base), so there is no comparison with the base branch."],
    ...walkNote ? [walkNote] : []
  ];
  const result = runAnalysis({
    settings,
    head,
    base,
    changes,
    notes,
    ...base ? { baseline: { commit: null, source: "file" } } : {}
  });
  const historyFile = values.history;
  const targetRaw = values["target-coverage"];
  const target = targetRaw === void 0 || targetRaw.trim() === "" ? null : numberSetting("--target-coverage", targetRaw, { min: 0, max: 100 });
  if (historyFile) {
    const history = importHistory(await readBytes(historyFile, io.cwd), historyFile);
    const view = pushView(history, target, result.totals.percent, result.components, {
      precision: result.precision,
      rounding: result.rounding,
      today: Date.now()
    });
    if (view) result.push = view;
  }
  if (format === "json") io.stdout(renderJson(result));
  else if (format === "markdown") {
    const commentId = values["comment-id"];
    io.stdout(renderMarkdown(result, commentId === void 0 ? {} : { commentId }));
  } else
    io.stdout(renderText(result, { colour: io.isTTY && !values["no-color"] && !io.env.NO_COLOR }));
  return result.passed ? 0 : 1;
}
async function readBytes(path, cwd) {
  try {
    return await readFile(path.startsWith("/") ? path : `${cwd}/${path}`);
  } catch (error) {
    const code = error.code;
    throw new InputError(path, code === "ENOENT" ? "file not found" : `cannot be read (${code})`);
  }
}
async function readText(path, cwd) {
  try {
    return await readFile(path.startsWith("/") ? path : `${cwd}/${path}`, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(path, code === "ENOENT" ? "file not found" : `cannot be read (${code})`);
  }
}
function attachNegativeValues(argv, options) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    const flag = arg.startsWith("--") ? arg.slice(2) : null;
    if (flag && options[flag]?.type === "string" && next !== void 0 && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
function usageProblem(error) {
  const code = error?.code;
  const message = describeError(error);
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
    return `unknown option ${option}; see --help`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    return /argument missing|argument is ambiguous/.test(message) ? `${option.replace(/ .*/, "")} needs a value; see --help` : `${message.replace(/\.$/, "")}; see --help`;
  }
  return `${message}; see --help`;
}

// src/cli-main.ts
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env
});
