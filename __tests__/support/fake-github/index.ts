// The fake GitHub REST API for end-to-end tests, and helpers for its inputs.
//
//   const gh = await startFakeGitHub({ pulls: [...], runs: [...], artifacts: [...] });
//   env.GITHUB_API_URL = gh.url;           // the action's token: gh.state.token
//   gh.fault({ method: 'GET', path: /\/comments$/, status: 502 });
//   ... run the action ...
//   expect(gh.state.comments).toHaveLength(1); expect(gh.requests)...
//   await gh.close();
//
// Payloads for GITHUB_EVENT_PATH: events.ts; artifact zips (hostile ones too): zip.ts.

export { longestChain, sequentialDepth } from './depth.js';
export type {
  PullRequestEventOptions,
  PullRequestPayload,
  PushEventOptions,
  WorkflowRunEventOptions,
} from './events.js';
export { pullRequestEvent, pushEvent, workflowRunEvent, writeEvent } from './events.js';
export type {
  FakeArtifact,
  FakeCheckRun,
  FakeComment,
  FakeCommit,
  FakeGitCommit,
  FakeGitHub,
  FakeGitTree,
  FakePull,
  FakePullFile,
  FakeRun,
  FakeState,
  FakeUser,
  FakeWorkflow,
  Fault,
  GitRef,
  RecordedRequest,
} from './server.js';
export {
  defaultState,
  filesFromDiff,
  mulberry32,
  ROUTES,
  startFakeGitHub,
  templatePattern,
} from './server.js';
export type { ZipEntries } from './zip.js';
export { hugeDeclaredZip, makeZip, traversalZip, withDeclaredSize, zerosZip } from './zip.js';
