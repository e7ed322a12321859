// The fork-safe second stage (mode: comment) on a workflow_run event whose
// run left the given comment artifacts, in process, against the scenario.
import { workflowRunEvent } from './fake-github/events.js';
import type { FakeGitHub } from './fake-github/index.js';
import { makeZip } from './fake-github/zip.js';
import { runInProcess } from './in-process.js';
import type { ActionRun, RunOptions } from './run-action.js';
import { C, WORKFLOW, workspace } from './scenario.js';

export const TRIGGER_RUN = 777;

export async function runCommentStage(
  gh: FakeGitHub,
  artifacts: { name: string; file: Uint8Array | string; expired?: boolean }[],
  options: {
    inputs?: Record<string, string>;
    /** The bundle in a child process (runAction) instead of the entry in process. */
    runner?: (options: RunOptions) => Promise<ActionRun>;
  } = {},
): Promise<ActionRun> {
  gh.state.runs.push({
    id: TRIGGER_RUN,
    workflowId: WORKFLOW.id,
    headBranch: 'feature',
    headSha: C.head,
    event: 'pull_request',
    status: 'completed',
    conclusion: 'failure',
    createdAt: '2024-03-05T00:00:00Z',
    runNumber: 20,
  });
  artifacts.forEach((a, i) => {
    gh.state.artifacts.push({
      id: 8000 + i,
      runId: TRIGGER_RUN,
      name: a.name,
      expired: a.expired ?? false,
      zip: makeZip({ 'coverage-gate-comment.json': a.file }),
    });
  });
  gh.state.readOnlyToken = false;
  return (options.runner ?? runInProcess)({
    apiUrl: gh.url,
    token: gh.state.token,
    eventName: 'workflow_run',
    inputs: { mode: 'comment', ...options.inputs },
    payload: workflowRunEvent({
      runId: TRIGGER_RUN,
      headSha: C.head,
      headBranch: 'feature',
      headRepoFullName: 'someone/octo-repo',
      conclusion: 'failure',
      workflow: WORKFLOW,
    }),
    workspace: workspace(),
    sha: C.tip,
    workflowRef: 'octo-org/octo-repo/.github/workflows/coverage-comment.yml@refs/heads/main',
  });
}
