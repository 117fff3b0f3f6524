import type { IDBPTransaction } from 'idb';
import type { Entity, Fact, Membership, Provenance } from '../domain/records';
import { normalizeFieldValue } from '../fields/field-values';
import { periodOf } from './facts';
import type { ObservationPlan } from './plan';
import type { RecordsSchema } from './schema';
import { NEXT_FACT_ID, toSheet } from './sheets';

export const OBSERVATION_STORES = [
  'entities',
  'factSheets',
  'submissions',
  'memberships',
  'settings',
  'stats',
] as const;

export type ObservationTransaction = IDBPTransaction<
  RecordsSchema,
  Array<(typeof OBSERVATION_STORES)[number]>,
  'readwrite'
>;

export interface Applied {
  entityIds: string[];
  subjectId: string;
  savedCount: number;
  conflicts: number;
}

/**
 * Decides observations in memory and writes them together. Everything an observation reads
 * (entities by identifier, their current facts) is fetched for a whole chunk at once, and
 * every write is issued without waiting on the one before: a ledger of ten thousand rows
 * costs a few thousand round trips to IndexedDB, not a few hundred thousand.
 */
export class ObservationBatch {
  private readonly byToken = new Map<string, Entity | null>();
  /** Every fact of every entity touched, current and superseded, as its sheet will hold them. */
  private readonly sheets = new Map<string, Fact[]>();
  private readonly dirty = new Map<string, Entity>();
  private readonly dirtySheets = new Set<string>();
  private readonly memberships: Membership[] = [];
  private nextFactId = 1;

  constructor(private readonly now: number) {}

  /** Fetches what the plans will read, in parallel, inside the chunk's transaction. */
  async load(tx: ObservationTransaction, plans: readonly ObservationPlan[]): Promise<void> {
    const tokens = [
      ...new Set(
        plans.flatMap((plan) => plan.entities.flatMap((entity) => [entity.identifier, ...(entity.aliases ?? [])])),
      ),
    ].filter((token) => !this.byToken.has(token));
    const index = tx.objectStore('entities').index('by-identifier');
    const found = await Promise.all(tokens.map((token) => index.get(token)));
    for (const [i, token] of tokens.entries()) this.byToken.set(token, found[i] ?? null);
    const unread = [...new Set(found.flatMap((entity) => (entity && !this.sheets.has(entity.id) ? [entity.id] : [])))];
    const sheets = tx.objectStore('factSheets');
    const loaded = await Promise.all(unread.map((id) => sheets.get(id)));
    for (const [i, id] of unread.entries()) this.sheets.set(id, loaded[i]?.facts ?? []);
    const counter = await tx.objectStore('settings').get(NEXT_FACT_ID);
    this.nextFactId = Math.max(this.nextFactId, Number(counter?.value ?? 1));
  }

  private resolve(tokens: readonly string[], create: () => Entity): Entity {
    const known = tokens.map((token) => this.byToken.get(token)).find((entity) => entity);
    const entity = known ?? create();
    // Aliases join the entity unless another entity already answers to them.
    const identifiers = [...entity.identifiers];
    for (const token of tokens) {
      if (!identifiers.includes(token as Entity['identifiers'][number]) && !this.byToken.get(token)) {
        identifiers.push(token as Entity['identifiers'][number]);
      }
    }
    const updated = { ...entity, identifiers };
    for (const token of identifiers) this.byToken.set(token, updated);
    if (!this.sheets.has(updated.id)) this.sheets.set(updated.id, []);
    return updated;
  }

  /** The same value seen again supersedes the older observation; a different one is a conflict. */
  private addFact(fact: Fact): boolean {
    const sheet = this.sheets.get(fact.entityId) ?? [];
    let conflict = false;
    for (const [i, older] of sheet.entries()) {
      const sameSlot = older.supersededBy === undefined && older.key === fact.key && older.period === fact.period;
      if (sameSlot && older.normalized === fact.normalized) sheet[i] = { ...older, supersededBy: fact.id as number };
      else if (sameSlot) conflict = true;
    }
    sheet.push(fact);
    this.sheets.set(fact.entityId, sheet);
    this.dirtySheets.add(fact.entityId);
    return conflict;
  }

  apply(plan: ObservationPlan, source: Provenance, submissionId: number, namedPeriod?: string): Applied {
    const now = this.now;
    const idByRef = new Map<string, string>();
    let savedCount = 0;
    let conflicts = 0;
    for (const planned of plan.entities) {
      const tokens = [planned.identifier, ...(planned.aliases ?? [])];
      const entity = this.resolve(tokens, () => ({
        id: crypto.randomUUID(),
        kind: planned.kind,
        identifiers: [planned.identifier],
        displayName: '',
        createdAt: now,
        updatedAt: now,
        createdBySubmission: submissionId,
      }));
      const named = { ...entity, displayName: planned.displayName || entity.displayName, updatedAt: now };
      for (const token of named.identifiers) this.byToken.set(token, named);
      this.dirty.set(named.id, named);
      idByRef.set(planned.ref, named.id);
      for (const { key, value } of planned.values) {
        const period = periodOf(key, now, namedPeriod);
        const fact: Fact = {
          id: this.nextFactId++,
          entityId: named.id,
          key,
          value: value.trim(),
          normalized: normalizeFieldValue(key, value),
          source,
          observedAt: now,
          submissionId,
          ...(period !== undefined && { period }),
        };
        if (this.addFact(fact)) conflicts++;
        savedCount++;
      }
    }
    const householdId = idByRef.get('household');
    for (const { personRef, relation, isHead } of plan.memberships) {
      const personId = idByRef.get(personRef);
      if (householdId && personId) {
        this.memberships.push({
          id: `${householdId}|${personId}`,
          householdId,
          personId,
          relation,
          isHead,
          since: now,
          submissionId,
        });
      }
    }
    return {
      entityIds: [...idByRef.values()],
      subjectId: idByRef.get(plan.subjectRef ?? '') ?? '',
      savedCount,
      conflicts,
    };
  }

  /** Issues every queued write at once; the transaction commits them together. */
  async flush(tx: ObservationTransaction): Promise<void> {
    const pending: Array<Promise<unknown>> = [];
    for (const entity of this.dirty.values()) pending.push(tx.objectStore('entities').put(entity));
    for (const entityId of this.dirtySheets) {
      pending.push(tx.objectStore('factSheets').put(toSheet(entityId, this.sheets.get(entityId) ?? [])));
    }
    for (const membership of this.memberships) pending.push(tx.objectStore('memberships').put(membership));
    pending.push(tx.objectStore('settings').put({ key: NEXT_FACT_ID, value: String(this.nextFactId) }));
    this.dirty.clear();
    this.dirtySheets.clear();
    this.memberships.length = 0;
    await Promise.all(pending);
  }
}
