export { submitButtonOf, submitSucceeded } from './submit-signals';
