export type {
  PullRequestEventOptions,
  PullRequestPayload,
  PushEventOptions,
  WorkflowRunEventOptions,
} from './events.js';
export { pullRequestEvent, pushEvent, workflowRunEvent, writeEvent } from './events.js';
export type {
  FakeArtifact,
  FakeComment,
  FakeCommit,
  FakeGitHub,
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
export { defaultState, filesFromDiff, ROUTES, startFakeGitHub, templatePattern } from './server.js';
export type { ZipEntries } from './zip.js';
export { hugeDeclaredZip, makeZip, traversalZip, withDeclaredSize, zerosZip } from './zip.js';
