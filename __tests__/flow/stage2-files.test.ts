// The fork-safe second stage with `checks: gates` on comment files it did
// not expect: one from a version before informational gates and check runs
// (no `checks`, `informational`, `warnedGates`), and a hostile one whose
// gate messages carry markdown, HTML and mentions.
import { readFileSync } from 'node:fs';
import { runCommentStage } from '../support/comment-stage.js';
import { checkRun, inProcess, prComments, startGitHub } from '../support/e2e.js';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { C } from '../support/scenario.js';

inProcess();

let gh: FakeGitHub;

const INPUTS = {
  'min-coverage': '90',
  'min-patch-coverage': '80',
  informational: 'min-patch-coverage',
  checks: 'gates',
};

interface Gate {
  name: string;
  passed: boolean;
  message: string;
  informational?: boolean;
}
interface FileShape {
  checks?: string;
  result: { gates: Gate[]; failedGates: string[]; warnedGates?: string[] };
}

/** A fork's stage-1 comment file, parsed. */
async function stage1File(): Promise<FileShape> {
  const run = await checkRun(gh, { inputs: INPUTS, fork: true });
  expect(run.code).toBe(1);
  return JSON.parse(readFileSync(run.outputs['comment-file'] as string, 'utf8'));
}

const conclusions = () =>
  Object.fromEntries(
    gh.state.checkRuns.filter((r) => r.headSha === C.head).map((r) => [r.name, r.conclusion]),
  );

test('an older comment file (no checks, informational, warnedGates) with checks: gates on stage 2 → posted, check runs from the gates as they were', async () => {
  gh = await startGitHub({ fork: true });
  const file = await stage1File();
  delete file.checks;
  delete file.result.warnedGates;
  for (const gate of file.result.gates) delete gate.informational;
  // Before informational gates, a failed gate always failed: say so.
  file.result.failedGates = file.result.gates.filter((g) => !g.passed).map((g) => g.name);
  const stage2 = await runCommentStage(
    gh,
    [{ name: 'coverage-gate-comment-default', file: JSON.stringify(file) }],
    {
      inputs: { checks: 'gates' },
    },
  );
  expect(stage2.errors).toEqual([]);
  expect(stage2.code).toBe(0);
  expect(prComments(gh)).toHaveLength(1);
  expect(conclusions()).toMatchObject({
    'Coverage Gate / total': 'failure',
    'Coverage Gate / patch': 'failure',
  });
});

test('an older comment file and checks: off on stage 2 → no check run', async () => {
  gh = await startGitHub({ fork: true });
  const file = await stage1File();
  delete file.checks;
  const stage2 = await runCommentStage(gh, [
    { name: 'coverage-gate-comment-default', file: JSON.stringify(file) },
  ]);
  expect(stage2.code).toBe(0);
  expect(gh.state.checkRuns).toHaveLength(0);
  expect(prComments(gh)).toHaveLength(1);
});

test('a hostile comment file: gate messages with markdown, HTML and mentions reach the check runs inert', async () => {
  gh = await startGitHub({ fork: true });
  const file = await stage1File();
  const hostile =
    '<img src=x onerror=alert(1)> [click](https://evil.example) @octo-org/admins **bold** <details open>';
  for (const gate of file.result.gates) gate.message = hostile;
  const stage2 = await runCommentStage(gh, [
    { name: 'coverage-gate-comment-default', file: JSON.stringify(file) },
  ]);
  expect(stage2.code).toBe(0);
  expect(gh.state.checkRuns.length).toBeGreaterThan(0);
  for (const r of gh.state.checkRuns) {
    expect(r.summary).not.toMatch(/<img|<details|\]\(https/);
    expect(r.summary).not.toMatch(/@octo-org/);
    expect(r.title).not.toMatch(/[<>[\]@*]/);
    expect(r.name).toMatch(/^Coverage Gate \/ [a-z-]+$/);
  }
  const body = prComments(gh)[0]?.body ?? '';
  expect(body).not.toMatch(/<img|<details open|\]\(https:\/\/evil/);
});

test('stage 2 without checks: write: the comment is posted, one warning naming the permission, exit 0', async () => {
  gh = await startGitHub({ fork: true });
  const file = JSON.stringify(await stage1File());
  gh.state.checksWritable = false;
  const refused = await runCommentStage(gh, [{ name: 'coverage-gate-comment-default', file }]);
  expect(refused.code).toBe(0);
  expect(prComments(gh)).toHaveLength(1);
  const about = (run: typeof refused) => run.warnings.filter((w) => /check run/i.test(w.message));
  expect(about(refused)).toHaveLength(1);
  expect(about(refused)[0]?.message).toMatch(/checks: write/);
  expect(gh.state.checkRuns).toHaveLength(0);
});

test('a comment file naming one gate twice is refused in one line: nothing posted, no check run raced into two', async () => {
  gh = await startGitHub({ fork: true });
  const file = await stage1File();
  const total = file.result.gates.find((g) => g.name === 'min-coverage') as Gate;
  const patch = file.result.gates.find((g) => g.name === 'min-patch-coverage') as Gate;
  // Two more of the patch gate after the total's: the parallel writes would each create one.
  file.result.gates = [total, patch, { ...patch }, { ...patch, passed: true }];
  const stage2 = await runCommentStage(gh, [
    { name: 'coverage-gate-comment-default', file: JSON.stringify(file) },
  ]);
  expect(stage2.code).not.toBe(0);
  expect(stage2.errors).toHaveLength(1);
  expect(stage2.errors[0]).toMatch(
    /^artifact "coverage-gate-comment-default".*min-patch-coverage.*more than once.*nothing was posted$/,
  );
  expect(prComments(gh)).toHaveLength(0);
  expect(gh.state.checkRuns).toHaveLength(0);
});
