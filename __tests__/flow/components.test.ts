// The action (in process) with components on the scenario's pull request:
// the outputs, the failed component gate, the table in the comment and the
// summary, the warning for a component matching nothing, a bad line refused.
import { checkRun, inProcess, prComments, resultOf, startGitHub } from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';

inProcess();

let gh: FakeGitHub;

const COMPONENTS =
  'money: invoicing/money.py invoicing/tax.py\nrest: invoicing/** !invoicing/money.py !invoicing/tax.py\nghost: billing/**';

test('components: outputs, a failing component gate, the table in the comment and summary, a warning for a component matching nothing', async () => {
  gh = await startGitHub();
  const run = await checkRun(gh, {
    inputs: {
      components: COMPONENTS,
      'component-gates': '*: min-coverage=1\nmoney: min-coverage=99.5',
    },
  });
  expect(run.code).toBe(1);
  expect(JSON.parse(run.outputs['failed-gates'] as string)).toEqual([
    'component:money:min-coverage',
  ]);
  const outputs = JSON.parse(run.outputs.components as string) as Record<
    string,
    { coverage: number; passed: boolean }
  >;
  expect(Object.keys(outputs)).toEqual(['money', 'rest', 'ghost']);
  expect(outputs.money?.passed).toBe(false);
  expect(outputs.rest?.passed).toBe(true);
  const rows = resultOf(run).components as { name: string; statements: number; covered: number }[];
  // The two components split the package: together they are the total.
  const total = resultOf(run).totals as { statements: number; covered: number };
  const sum = (key: 'statements' | 'covered') =>
    rows.filter((r) => r.name !== 'ghost').reduce((n, r) => n + r[key], 0);
  expect([sum('statements'), sum('covered')]).toEqual([total.statements, total.covered]);
  expect(String(outputs.money?.coverage)).toMatch(/^\d+(\.\d+)?$/);
  const body = prComments(gh)[0]?.body ?? '';
  const table = body.slice(body.indexOf('**Components**'));
  expect(table.split('\n')[4]).toMatch(/^\| money \| .* \| ❌ min-coverage \|$/);
  // Right under the headline, before the figures and the gates.
  expect(body.indexOf('**Components**')).toBeLessThan(body.indexOf('| **This PR** |'));
  expect(body).toContain('| money · Total coverage | ❌ | 94.36% | ≥ 99.5% |');
  expect(body).toContain('| ghost | no file |');
  expect(body).toContain('| ghost · Total coverage | ➖ |');
  expect(run.summary).toContain('**Components**');
  expect(run.warnings.map((w) => w.message)).toContain(
    'Component "ghost" matches no file of the report.',
  );
});

test('components with checks: gates → one check run per component gate, informational ones neutral', async () => {
  gh = await startGitHub();
  const run = await checkRun(gh, {
    inputs: {
      components: COMPONENTS,
      'component-gates': '*: min-coverage=1\nmoney: min-coverage=99.5',
      informational: 'component:money:min-coverage',
      checks: 'gates',
    },
  });
  expect(run.code).toBe(0);
  const byName = new Map(gh.state.checkRuns.map((r) => [r.name, r.conclusion]));
  expect(byName.get('Coverage Gate / money / total')).toBe('neutral');
  expect(byName.get('Coverage Gate / rest / total')).toBe('success');
  expect(byName.get('Coverage Gate / ghost / total')).toBe('skipped');
  expect(JSON.parse(run.outputs['warned-gates'] as string)).toEqual([
    'component:money:min-coverage',
  ]);
});

test('components: a bad line fails the step in one line naming the input, nothing posted', async () => {
  gh = await startGitHub();
  const run = await checkRun(gh, { inputs: { components: 'money: invoicing/**\nmoney: x/**' } });
  expect(run.code).toBe(1);
  expect(run.errors).toEqual([
    expect.stringMatching(/^components: line 2: duplicate name "money"$/),
  ]);
  expect(prComments(gh)).toEqual([]);
});
