import type { FieldMatch } from '../fields';
import type { PortalDefinition } from './types';

/**
 * Overrides classifier guesses with the keys a portal definition declares. A definition
 * is certain; a label heuristic is not.
 */
export function applyPortalKeys(
  matches: readonly FieldMatch[],
  definition: PortalDefinition | null,
  root: ParentNode,
): FieldMatch[] {
  if (!definition) return [...matches];
  const declared = new Map<Element, string>();
  for (const [selector, key] of Object.entries(definition.fields)) {
    for (const element of root.querySelectorAll(selector)) declared.set(element, key);
  }
  return matches.map((match) => {
    const key = declared.get(match.element);
    return key ? { ...match, key, confidence: 1 } : match;
  });
}
