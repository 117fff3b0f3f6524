import { classifyLabel, classifyName } from './classify';
import { collectControls } from './controls';
import { extractLabel } from './label';

/**
 * One form control and what it asks for. `key` is null when the field is unknown or
 * ambiguous: a wrong key would put a wrong value into an official report.
 */
export interface FieldMatch {
  element: Element;
  key: string | null;
  confidence: number;
  label: string;
}

/** Stable public entry: tools outside the project call it. */
export function classifyFields(root: ParentNode): FieldMatch[] {
  return collectControls(root).map((element) => {
    const label = extractLabel(element);
    const byLabel = classifyLabel(label);
    const guess = byLabel.key ? byLabel : classifyName(element.name, element.id);
    return { element, key: guess.key, confidence: guess.confidence, label };
  });
}

export { collectControls, type FormControl } from './controls';
export { FIELD_DICTIONARY, fieldDefinition, isSecretKey } from './dictionary';
export { normalizeLabel } from './normalize-label';
