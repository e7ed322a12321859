// The action's own inputs, read once and validated; the mode from the event.
import { getInputs, resolveMode } from '../../src/github/inputs.js';
import { actionYml } from '../support/run-action.js';

/** The inputs as the runner passes them: action.yml's defaults, then the step's `with:`. */
const reader =
  (given: Record<string, string> = {}) =>
  (name: string) =>
    (given[name] ?? actionYml.inputs[name]?.default ?? '').trim();

test("action.yml's defaults read as the documented defaults", () => {
  const inputs = getInputs(reader({ 'github-token': 't' }));
  expect(inputs).toMatchObject({
    token: 't',
    artifactName: 'coverage-baseline',
    baseWorkflow: null,
    mode: 'auto',
    comment: 'update',
    commentId: 'default',
    annotations: true,
    checks: 'off',
    commentWhen: 'always',
    trend: { target: null, historyImport: null, badgeBranch: null },
  });
  expect(inputs.settings.gates.informational).toEqual([]);
});

test('choices are case-blind; a badge branch loses refs/heads/', () => {
  const inputs = getInputs(
    reader({
      mode: 'Record',
      comment: 'OFF',
      annotations: 'false',
      'target-coverage': '85',
      'badge-branch': 'refs/heads/badges',
      'base-workflow': 'ci.yml',
      checks: 'Gates',
      'comment-when': 'CHANGED',
      informational: 'All',
    }),
  );
  expect(inputs.settings.gates.informational).toBe('all');
  expect(inputs).toMatchObject({
    mode: 'record',
    comment: 'off',
    annotations: false,
    checks: 'gates',
    commentWhen: 'changed',
    baseWorkflow: 'ci.yml',
    trend: { target: 85, badgeBranch: 'badges' },
  });
});

test('bad values: one line naming the input and the value', () => {
  const bad: [Record<string, string>, RegExp][] = [
    [{ mode: 'sometimes' }, /^mode must be one of auto, check, record, comment, got "sometimes"/],
    [{ comment: 'maybe' }, /^comment must be one of update, new, off/],
    [{ 'comment-id': 'a--b' }, /^comment-id must be 1 to 100 letters/],
    [{ 'artifact-name': 'a/b' }, /^artifact-name must be a valid artifact name/],
    [{ 'badge-branch': 'a..b' }, /^badge-branch must be a branch name, got "a\.\.b"/],
    [{ 'target-coverage': '120' }, /target-coverage/],
    [{ checks: 'on' }, /^checks must be one of off, gates, got "on"/],
    [{ 'comment-when': 'sometimes' }, /^comment-when must be one of always, changed, failed/],
    [
      { informational: 'min-coverage\nmin coverage' },
      /^informational: each line must be a gate name/,
    ],
  ];
  for (const [given, message] of bad) expect(() => getInputs(reader(given))).toThrow(message);
});

test('auto picks the mode from the event', () => {
  expect(resolveMode('auto', 'pull_request')).toBe('check');
  expect(resolveMode('auto', 'pull_request_target')).toBe('check');
  expect(resolveMode('auto', 'merge_group')).toBe('check');
  expect(resolveMode('auto', 'workflow_run')).toBe('comment');
  expect(resolveMode('auto', 'push')).toBe('record');
  expect(resolveMode('auto', 'schedule')).toBe('record');
  expect(resolveMode('check', 'push')).toBe('check');
});
