import { isSecretKey } from '../fields/dictionary';
import type { KnownFact } from '../records/people';

/** Keys that identify whom a form is about: the user typed them to say so, they are not duplicates. */
const IDENTIFIER_KEYS = new Set(['id-number']);

/** The newest held fact per key that a form may be filled from. */
export function heldFactsByKey(facts: readonly KnownFact[]): Map<string, KnownFact> {
  const byKey = new Map<string, KnownFact>();
  for (const fact of facts) {
    if (IDENTIFIER_KEYS.has(fact.key) || isSecretKey(fact.key)) continue;
    const current = byKey.get(fact.key);
    if (!current || fact.observedAt > current.observedAt) byKey.set(fact.key, fact);
  }
  return byKey;
}

export function heldValues(facts: readonly KnownFact[]): Map<string, string> {
  return new Map([...heldFactsByKey(facts)].map(([key, fact]) => [key, fact.value]));
}
