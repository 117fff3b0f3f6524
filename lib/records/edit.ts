import { normalizeFieldValue } from '../fields/field-values';
import { periodOf } from './facts';
import type { RecordsDb } from './schema';
import { NEXT_FACT_ID, toSheet } from './sheets';
import { countSubmission } from './stats-cache';
import type { Fact, Provenance } from './types';

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
  const tx = db.transaction(['factSheets', 'submissions', 'settings', 'stats'], 'readwrite');
  const submission = {
    source: MANUAL,
    submittedAt: now,
    fieldsAsked: [change.key],
    fieldsFilled: [],
    fieldsTyped: [change.key],
    focusToSubmitMs: null,
    entityIds: [change.entityId],
  };
  const submissionId = await tx.objectStore('submissions').add(submission);
  await countSubmission({ stats: tx.objectStore('stats'), counted: tx.objectStore('submissions') }, submission);
  const id = Number((await tx.objectStore('settings').get(NEXT_FACT_ID))?.value ?? 1);
  await tx.objectStore('settings').put({ key: NEXT_FACT_ID, value: String(id + 1) });
  const period = change.period ?? periodOf(change.key, now);
  const fact: Fact = {
    id,
    entityId: change.entityId,
    key: change.key,
    value: change.value.trim(),
    normalized: normalizeFieldValue(change.key, change.value),
    source: MANUAL,
    observedAt: now,
    submissionId,
    ...(period !== undefined && { period }),
  };
  const facts = (await tx.objectStore('factSheets').get(change.entityId))?.facts ?? [];
  const settled = facts.map((older) =>
    older.key === fact.key && older.period === fact.period && older.supersededBy === undefined
      ? { ...older, supersededBy: id }
      : older,
  );
  await tx.objectStore('factSheets').put(toSheet(change.entityId, [...settled, fact]));
  await tx.done;
  return id;
}

/** Settles a conflict for the value a person chose: the other current values become history. */
export async function settleConflict(db: RecordsDb, entityId: string, keepFactId: number): Promise<boolean> {
  const tx = db.transaction('factSheets', 'readwrite');
  const sheet = await tx.store.get(entityId);
  const kept = sheet?.facts.find((fact) => fact.id === keepFactId);
  if (!sheet || !kept || kept.supersededBy !== undefined) {
    await tx.done;
    return false;
  }
  const facts = sheet.facts.map((fact) =>
    fact.id !== kept.id && fact.key === kept.key && fact.period === kept.period && fact.supersededBy === undefined
      ? { ...fact, supersededBy: keepFactId }
      : fact,
  );
  await tx.store.put(toSheet(entityId, facts));
  await tx.done;
  return true;
}
