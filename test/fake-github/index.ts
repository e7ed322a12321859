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
export { defaultState, filesFromDiff, startFakeGitHub } from './server.js';
