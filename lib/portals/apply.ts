import type { FieldMatch } from '../fields';
import { IGNORED_FIELD, type PortalDefinition } from './format';

/** The elements a selector finds; none for a selector the page's engine cannot read. */
function select(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/**
 * Overrides classifier guesses with the keys a portal definition declares, and drops the fields
 * it ignores. A definition is certain; a label heuristic is not.
 */
export function applyPortalKeys(
  matches: readonly FieldMatch[],
  definition: PortalDefinition | null,
  root: ParentNode,
): FieldMatch[] {
  if (!definition) return [...matches];
  const declared = new Map<Element, string>();
  for (const [selector, key] of Object.entries(definition.fields)) {
    for (const element of select(root, selector)) declared.set(element, key);
  }
  const idField = definition.entity?.idField;
  if (idField) for (const element of select(root, idField)) declared.set(element, 'id-number');
  return matches.map((match) => {
    const key = declared.get(match.element);
    if (key === IGNORED_FIELD) return { ...match, key: null, confidence: 1 };
    return key ? { ...match, key, confidence: 1 } : match;
  });
}
