// The components case of `npm run bench`: a coverage.py report of 20,000
// files in 50 services (seeded), and 50 components over them, one per
// service, each leaving out one of its packages.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const COMPONENT_FILES = 20_000;
export const COMPONENT_COUNT = 50;

/** Writes head.json and components.txt under `dir` unless they are there; returns their paths. */
export function ensureComponentsCase(dir) {
  const head = join(dir, 'head.json');
  const components = join(dir, 'components.txt');
  if (existsSync(head) && existsSync(components)) return { head, components };
  mkdirSync(dir, { recursive: true });
  let seed = 20261204;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const files = {};
  let statements = 0;
  let covered = 0;
  for (let i = 0; i < COMPONENT_FILES; i++) {
    const path = `services/svc${i % COMPONENT_COUNT}/pkg${i % 7}/mod_${i}.py`;
    const n = 20 + Math.floor(rand() * 40);
    const executed = [];
    const missing = [];
    for (let line = 1; line <= n; line++) (rand() < 0.7 ? executed : missing).push(line);
    statements += n;
    covered += executed.length;
    files[path] = {
      executed_lines: executed,
      missing_lines: missing,
      excluded_lines: [],
      summary: {
        covered_lines: executed.length,
        num_statements: n,
        percent_covered: (100 * executed.length) / n,
        percent_covered_display: String(Math.round((100 * executed.length) / n)),
        missing_lines: missing.length,
        excluded_lines: 0,
      },
    };
  }
  const percent = (100 * covered) / statements;
  writeFileSync(
    head,
    JSON.stringify({
      meta: {
        version: '6.5.0',
        timestamp: '2026-12-04T00:00:00',
        branch_coverage: false,
        show_contexts: false,
      },
      files,
      totals: {
        covered_lines: covered,
        num_statements: statements,
        percent_covered: percent,
        percent_covered_display: String(Math.round(percent)),
        missing_lines: statements - covered,
        excluded_lines: 0,
      },
    }),
  );
  const lines = Array.from(
    { length: COMPONENT_COUNT },
    (_, c) => `svc${c}: services/svc${c}/** !services/svc${c}/pkg6/**`,
  );
  writeFileSync(components, `${lines.join('\n')}\n`);
  return { head, components };
}
