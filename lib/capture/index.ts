export { type SnapshotInput, snapshotSubmission } from './snapshot';
export { submitButtonOf, submitSucceeded } from './submit-signals';
