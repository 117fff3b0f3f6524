import { resolveInContext, resolveInContextInSlices } from './context';
import { classifyControl, MIN_CONFIDENCE } from './control-guess';
import { collectControls, type FormControl } from './controls';
import { createSectionTracker, entityOf } from './entity';
import { createLabelContext, extractLabel, type LabelContext } from './label';
import { toSimplified } from './traditional';
import { vocabulary } from './vocabulary';

/**
 * One form control and what it asks for. `key` is null when the field is unknown or
 * ambiguous: a wrong key would put a wrong value into an official report. `entity` says
 * whose field it is when not the form's main subject (agent, head, member-2…).
 */
export interface FieldMatch {
  element: Element;
  key: string | null;
  confidence: number;
  label: string;
  entity?: string;
}

function matchControl(element: FormControl, context: LabelContext, heading: string): FieldMatch {
  const label = extractLabel(element, context);
  const guess = classifyControl(element, label);
  const key = guess.confidence >= MIN_CONFIDENCE ? guess.key : null;
  const entity = entityOf(element, guess.entity, heading, context.sections);
  // The red * of a required field is the portal's mark, not part of the field's name.
  const shown = (label || element.getAttribute('placeholder') || element.getAttribute('title') || '').replace(
    /^[*＊\s]+/,
    '',
  );
  return { element, key, confidence: key ? guess.confidence : 0, label: shown, ...(entity && { entity }) };
}

/** Stable public entry: tools outside the project call it. */
export function classifyFields(root: ParentNode): FieldMatch[] {
  const context = createLabelContext(root);
  const headingOf = createSectionTracker(root);
  return resolveInContext(collectControls(root).map((element) => matchControl(element, context, headingOf(element))));
}

/**
 * The same classification, in slices of about `sliceMs`, yielding between them through
 * `pause` (a macrotask): a form of thousands of fields never blocks the page for long.
 */
export async function classifyFieldsInSlices(
  root: ParentNode,
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<FieldMatch[]> {
  const context = createLabelContext(root);
  const headingOf = createSectionTracker(root);
  const matches: FieldMatch[] = [];
  let sliceStart = performance.now();
  for (const element of collectControls(root)) {
    matches.push(matchControl(element, context, headingOf(element)));
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
  // The rules read every match: tasks of their own, not the tail of the last slice.
  await pause();
  return resolveInContextInSlices(matches, pause, sliceMs);
}

/** Builds what the first classification would otherwise build inside its own task, a task each. */
export async function prepareClassifier(pause: () => Promise<void>): Promise<void> {
  vocabulary();
  await pause();
  toSimplified('');
}

export { collectControls, type FormControl, isChoiceOption } from './controls';
export {
  FIELD_DICTIONARY,
  type FieldDefinition,
  fieldDefinition,
  isMomentKey,
  isPeriodicKey,
  isSecretKey,
} from './dictionary';
export { fieldName } from './field-name';
export { isValidFieldValue, normalizeFieldValue } from './field-values';
export { framesAbove, pageAndFrames, sameOriginFrameDocuments } from './frames';
export { type KeyChoice, searchKeys } from './key-search';
export { optionLabel } from './label';
export { type PageField, toPageFields } from './page-fields';
export { normalizeText } from './text';
