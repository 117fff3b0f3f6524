import { addFact, periodOf } from './facts';
import type { RecordsDb } from './schema';
import type { Provenance } from './types';

const MANUAL: Provenance = { portalId: null, portalName: '手工修改', url: '', kind: 'manual' };

/**
 * A person's own correction: it becomes the current value and supersedes every other
 * current value of the key (and period), settling any conflict there was.
 */
export async function editFact(
  db: RecordsDb,
  change: { entityId: string; key: string; value: string; period?: string },
  now: number,
): Promise<number> {
  const tx = db.transaction(['entities', 'facts', 'submissions', 'memberships'], 'readwrite');
  const submissionId = await tx.objectStore('submissions').add({
    source: MANUAL,
    submittedAt: now,
    fieldsAsked: [change.key],
    fieldsFilled: [],
    fieldsTyped: [change.key],
    focusToSubmitMs: null,
    entityIds: [change.entityId],
  });
  const period = change.period ?? periodOf(change.key, now);
  await addFact(tx, {
    entityId: change.entityId,
    key: change.key,
    value: change.value,
    source: MANUAL,
    observedAt: now,
    submissionId,
    period,
  });
  const facts = tx.objectStore('facts');
  const all = await facts.index('by-entity-key').getAll([change.entityId, change.key]);
  const newest = all.reduce((best, fact) => ((fact.id ?? 0) > (best.id ?? 0) ? fact : best));
  for (const fact of all) {
    if (fact.id !== newest.id && fact.supersededBy === undefined && fact.period === newest.period) {
      await facts.put({ ...fact, supersededBy: newest.id });
    }
  }
  await tx.done;
  return newest.id as number;
}

/** Settles a conflict for the value a person chose: the other current values become history. */
export async function settleConflict(db: RecordsDb, entityId: string, keepFactId: number): Promise<boolean> {
  const tx = db.transaction('facts', 'readwrite');
  const kept = await tx.store.get(keepFactId);
  if (!kept || kept.entityId !== entityId) {
    await tx.done;
    return false;
  }
  for (const fact of await tx.store.index('by-entity-key').getAll([entityId, kept.key])) {
    if (fact.id !== kept.id && fact.supersededBy === undefined && fact.period === kept.period) {
      await tx.store.put({ ...fact, supersededBy: keepFactId });
    }
  }
  await tx.done;
  return true;
}
