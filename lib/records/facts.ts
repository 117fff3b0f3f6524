import type { IDBPTransaction } from 'idb';
import { isPeriodicKey } from '../fields/dictionary';
import { normalizeFieldValue } from '../fields/field-values';
import type { RecordsSchema } from './schema';
import type { Fact, Provenance } from './types';

type FactsTransaction = IDBPTransaction<
  RecordsSchema,
  Array<'facts' | 'entities' | 'submissions' | 'memberships'>,
  'readwrite'
>;

export interface NewFact {
  entityId: string;
  key: string;
  value: string;
  source: Provenance;
  observedAt: number;
  submissionId: number;
  period?: string;
}

/** The year a yearly figure belongs to: the one the source names, else the year it was observed. */
export function periodOf(key: string, observedAt: number, named?: string): string | undefined {
  if (!isPeriodicKey(key)) return undefined;
  return named ?? String(new Date(observedAt).getFullYear());
}

/**
 * Adds one observation. The same value seen again supersedes its older observation; a
 * different value for the same key and period stays beside the current one, a conflict
 * for a person to settle. Returns whether the new value conflicts.
 */
export async function addFact(tx: FactsTransaction, input: NewFact): Promise<boolean> {
  const facts = tx.objectStore('facts');
  const normalized = normalizeFieldValue(input.key, input.value);
  const fact: Fact = { ...input, value: input.value.trim(), normalized };
  if (fact.period === undefined) delete fact.period;
  const id = await facts.add(fact);
  let conflict = false;
  for (const older of await facts.index('by-entity-key').getAll([input.entityId, input.key])) {
    if (older.id === id || older.supersededBy !== undefined || older.period !== fact.period) continue;
    if (older.normalized === normalized) await facts.put({ ...older, supersededBy: id });
    else conflict = true;
  }
  return conflict;
}
