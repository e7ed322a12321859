// action.yml and the example workflows pass @action-validator/cli's schemas,
// and the examples use only inputs and outputs the action declares.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { actionYml, ROOT } from '../support/run-action.js';

const validator = join(ROOT, 'node_modules', '.bin', 'action-validator');
const examples = join(ROOT, 'examples', 'workflows');

function validate(file: string) {
  const run = spawnSync(validator, [file], { encoding: 'utf8' });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

test.each(readdirSync(examples).filter((f) => f.endsWith('.yml')))(
  'examples/workflows/%s is a valid workflow',
  (name) => {
    expect(validate(join(examples, name))).toEqual({ code: 0, out: '' });
  },
);

test('action.yml is a valid action', () => {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  expect(/^\s+using:\s*node24\s*$/m.test(text)).toBe(true);
  // @action-validator/cli 0.6's schema predates node24; check the rest with node20 in its place.
  const dir = mkdtempSync(join(tmpdir(), 'cg-action-'));
  const copy = join(dir, 'action.yml');
  writeFileSync(copy, text.replace(/using:\s*node24/, 'using: node20'));
  expect(validate(copy)).toEqual({ code: 0, out: '' });
  // And it does reject a broken action, so the check above means something.
  writeFileSync(copy, text.replace(/using:\s*node24/, 'using: node7'));
  expect(validate(copy).code).not.toBe(0);
});

test('every input has a description naming its default, every output a description', () => {
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const description = (spec as { description?: string }).description ?? '';
    expect({ name, ok: /default/i.test(description) }).toEqual({ name, ok: true });
  }
  for (const spec of Object.values(actionYml.outputs))
    expect(spec.description.length).toBeGreaterThan(10);
});

test('the examples use only declared inputs and outputs', () => {
  for (const name of readdirSync(examples)) {
    const text = readFileSync(join(examples, name), 'utf8');
    const workflow = load(text) as {
      jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith('coverage-gate/')) continue;
        for (const input of Object.keys(step.with ?? {}))
          expect(Object.keys(actionYml.inputs)).toContain(input);
      }
    }
    for (const m of text.matchAll(/steps\.coverage\.outputs\.([\w-]+)/g)) {
      expect([...Object.keys(actionYml.outputs)]).toContain(m[1]);
    }
  }
});
