export { classifyFields, classifyFieldsInSlices, prepareClassifier } from '../../../lib/fields';
