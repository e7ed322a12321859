// The mode's branches not tied to a baseline search: check mode on an event
// that names nothing to compare with, and record mode with a baseline file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inProcess, pushRun, resultOf, startGitHub } from '../support/e2e.js';
import { fixture, reportTotal, workspace } from '../support/scenario.js';

inProcess();

test('check mode on a push: a warning that there is no base, the absolute gates, no comment', async () => {
  const gh = await startGitHub();
  const run = await pushRun(gh, { inputs: { mode: 'check' } });
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^Mode: check$/m);
  expect(run.warnings.map((w) => w.message)).toContain(
    'mode is check but the push event names no pull request or merge group; there is no base to compare with',
  );
  expect(run.outputs.coverage).toBe(reportTotal('py7-branch', 'head'));
  expect(run.outputs['base-coverage']).toBe('');
  expect(run.outputs['comment-file']).toBe('');
  expect(gh.state.comments).toHaveLength(0);
});

test('record mode with base-coverage-file: the delta is shown, the drop and patch gates are not applied', async () => {
  const gh = await startGitHub();
  const ws = workspace();
  writeFileSync(join(ws, 'base.json'), fixture('py7-branch/base/coverage.json'));
  const run = await pushRun(gh, {
    workspace: ws,
    // The head is below the base: a drop gate of 0 would fail it.
    inputs: {
      'base-coverage-file': 'base.json',
      'max-coverage-drop': '0',
      'min-patch-coverage': '100',
    },
  });
  expect(run.code).toBe(0);
  expect(run.outputs['base-coverage']).toBe(reportTotal('py7-branch', 'base'));
  expect(Number(run.outputs['coverage-delta'])).toBeLessThan(0);
  expect(run.outputs.passed).toBe('true');
  const result = resultOf(run);
  expect(result.base.how).toBe('the file base.json');
  expect(result.gates.map((g: { name: string }) => g.name)).not.toContain('max-coverage-drop');
});
