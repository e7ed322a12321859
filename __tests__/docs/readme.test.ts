// README's Inputs and Outputs tables say what action.yml declares: the same
// names, and for inputs the same defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionYml, ROOT } from '../support/run-action.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The rows of the first table under a `## heading`: cells without the backticks' outer pair. */
function tableRows(heading: string): string[][] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

const unquote = (cell: string) => cell.replace(/^`(.*)`$/, '$1');

test("README's Inputs table names every input of action.yml with its default", () => {
  const rows = tableRows('Inputs');
  expect(rows.map((r) => unquote(r[0] as string)).sort()).toEqual(
    Object.keys(actionYml.inputs).sort(),
  );
  for (const [name, defaultCell] of rows) {
    const declared = String(actionYml.inputs[unquote(name as string)]?.default ?? '');
    // An empty default is described in words, "(empty = off)" or "(auto)".
    const shown =
      declared === '' ? /^\(.*\)$/.test(defaultCell ?? '') : defaultCell === `\`${declared}\``;
    expect({ name, defaultCell, declared, shown }).toEqual({
      name,
      defaultCell,
      declared,
      shown: true,
    });
  }
});

test("README's Outputs table names every output of action.yml", () => {
  expect(
    tableRows('Outputs')
      .map((r) => unquote(r[0] as string))
      .sort(),
  ).toEqual(Object.keys(actionYml.outputs).sort());
});
