import type { KnownFact } from '../domain/people';
import { isSecretKey } from '../fields/dictionary';
import { deriveHeld } from './derive';

/** Keys that identify whom a form is about: the user typed them to say so, they are not duplicates. */
const IDENTIFIER_KEYS = new Set(['id-number']);

export interface HeldFacts {
  /** The one value per key a form may be filled from: the newest, of the latest period. */
  held: Map<string, KnownFact>;
  /** Keys whose sources disagree: never filled, shown so a person can settle them. */
  conflicts: Map<string, KnownFact[]>;
}

function latestPeriod(facts: readonly KnownFact[]): KnownFact[] {
  // Periods are years as text; the latest sorts last.
  const latest =
    facts
      .map((fact) => fact.period ?? '')
      .sort()
      .at(-1) ?? '';
  return facts.filter((fact) => (fact.period ?? '') === latest);
}

/**
 * `identifiers` keeps the ID number: a member row asks for the member's, which nobody typed,
 * while the subject's is what the person typed to say whom the form is about.
 */
export function holdFacts(facts: readonly KnownFact[], options: { identifiers?: boolean } = {}): HeldFacts {
  const byKey = new Map<string, KnownFact[]>();
  for (const fact of facts) {
    if ((!options.identifiers && IDENTIFIER_KEYS.has(fact.key)) || isSecretKey(fact.key)) continue;
    byKey.set(fact.key, [...(byKey.get(fact.key) ?? []), fact]);
  }
  const result: HeldFacts = { held: new Map(), conflicts: new Map() };
  for (const [key, all] of byKey) {
    const current = latestPeriod(all);
    if (new Set(current.map((fact) => fact.normalized)).size > 1) {
      result.conflicts.set(key, current);
      continue;
    }
    const newest = current.reduce((best, fact) => (fact.observedAt > best.observedAt ? fact : best));
    result.held.set(key, newest);
  }
  return { ...result, held: deriveHeld(result.held) };
}

/** The newest held fact per key that a form may be filled from. */
export function heldFactsByKey(facts: readonly KnownFact[]): Map<string, KnownFact> {
  return holdFacts(facts).held;
}

export function heldValues(facts: readonly KnownFact[], options: { identifiers?: boolean } = {}): Map<string, string> {
  return new Map([...holdFacts(facts, options).held].map(([key, fact]) => [key, fact.value]));
}
