import type { Fact, Provenance } from '../domain/records';
import { isValidFieldValue, normalizeFieldValue } from '../fields/field-values';
import { normalizeIdNumber } from '../values';
import { periodOf } from './facts';
import type { RecordsDb } from './schema';
import { NEXT_FACT_ID, toSheet } from './sheets';
import { countSubmission } from './stats-cache';

const MANUAL: Provenance = { portalId: null, portalName: '手工修改', url: '', kind: 'manual' };

/** Why an edit was refused, as a code the records manager says in the person's language. */
export type EditRefusal = 'invalid-value' | 'duplicate-identifier' | 'no-entity';

export class EditRefused extends Error {
  constructor(readonly refusal: EditRefusal) {
    super(`edit refused: ${refusal}`);
  }
}

/** The identifier an edit of this key changes on the entity, if it is one FillOnce keys people by. */
const identifierOf = (key: string, value: string) =>
  key === 'id-number' ? (`id-number:${normalizeIdNumber(value)}` as const) : null;

/**
 * A person's own correction: checked by the key's own rules, it becomes the current value and
 * supersedes every other current value of the key (and period), settling any conflict there
 * was. A new ID number or name is the entity's own at once: lookups find the person by it.
 */
export async function editFact(
  db: RecordsDb,
  change: { entityId: string; key: string; value: string; period?: string },
  now: number,
): Promise<number> {
  if (!isValidFieldValue(change.key, change.value)) throw new EditRefused('invalid-value');
  const tx = db.transaction(['entities', 'factSheets', 'submissions', 'settings', 'stats'], 'readwrite');
  const entity = await tx.objectStore('entities').get(change.entityId);
  if (!entity) throw new EditRefused('no-entity');
  const identifier = identifierOf(change.key, change.value);
  if (identifier) {
    const holder = await tx.objectStore('entities').index('by-identifier').get(identifier);
    if (holder && holder.id !== entity.id) throw new EditRefused('duplicate-identifier');
    const others = entity.identifiers.filter((token) => !token.startsWith('id-number:'));
    await tx.objectStore('entities').put({ ...entity, identifiers: [identifier, ...others], updatedAt: now });
  }
  if (change.key === 'name') {
    await tx.objectStore('entities').put({ ...entity, displayName: change.value.trim(), updatedAt: now });
  }
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
