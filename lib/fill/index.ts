export { addRows, findAddRowButton } from './add-rows';
export { canFill, executeFill, type Fillable, type FillContext, undoFill } from './execute';
export { readFieldValue } from './field-value';
export { needsHints } from './format-value';
export { type HeldFacts, heldFactsByKey, heldValues, holdFacts } from './held';
export { fieldHints } from './hints';
export { assignMembers, type MemberRow, memberListIncludesHead } from './members';
export { panelObscured } from './obscured';
export { findDuplicates, planFill } from './plan';
export { type FormPlanOptions, planForm } from './plan-form';
export { findOption, readControlValue, setNativeValue, writeControlValue } from './set-value';
export { formSlotValues, type SlotValues, slotValues } from './slots';
export { speaksForForm } from './speaker';
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
