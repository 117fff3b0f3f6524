export { canFill, executeFill, type Fillable, type FillContext, undoFill } from './execute';
export { readFieldValue } from './field-value';
export { type HeldFacts, heldFactsByKey, heldValues, holdFacts } from './held';
export { findDuplicates, planFill } from './plan';
export { findOption, readControlValue, setNativeValue, writeControlValue } from './set-value';
export type * from './types';
export {
  effectiveOpacity,
  isFillable,
  newVisibilityPass,
  type VisibilityPass,
  type VisibilityProblem,
  visibilityProblem,
} from './visibility';
export {
  type DriveContext,
  oneFieldPerWidget,
  type WidgetField,
  type WidgetKind,
  widgetFor,
  widgetRoot,
} from './widgets';
