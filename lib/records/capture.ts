import { isSecretKey } from '../fields/dictionary';
import { normalizeFieldValue } from '../fields/field-values';
import { isValidIdNumber, normalizeIdNumber } from '../values';
import type { RecordsDb } from './schema';
import type { CaptureInput, Entity, Fact, IdentifierToken, Submission } from './types';

export type CaptureResult =
  | { saved: true; submissionId: number; entityId: string; savedCount: number }
  | { saved: false; reason: 'no-identifier' | 'nothing-to-save' };

/** The person a capture is about, by its identity number. */
function identifierOf(input: CaptureInput): IdentifierToken | null {
  const field = input.fields.find((candidate) => candidate.key === 'id-number');
  if (!field || !isValidIdNumber(field.value)) return null;
  return `id-number:${normalizeIdNumber(field.value)}`;
}

function storableFields(input: CaptureInput) {
  return input.fields.filter(({ key, value }) => value.trim() !== '' && !isSecretKey(key));
}

/**
 * Stores one submitted form as facts of one person, in one transaction: either all of
 * it is written or none of it.
 * TODO(2026-11-26): households, members and conflict flags come with issue #4.
 */
export async function saveCapture(db: RecordsDb, input: CaptureInput, now: number): Promise<CaptureResult> {
  const identifier = identifierOf(input);
  if (!identifier) return { saved: false, reason: 'no-identifier' };
  const fields = storableFields(input);
  if (fields.length === 0) return { saved: false, reason: 'nothing-to-save' };

  const tx = db.transaction(['entities', 'facts', 'submissions'], 'readwrite');
  const entities = tx.objectStore('entities');
  const facts = tx.objectStore('facts');
  const existing = await entities.index('by-identifier').get(identifier);

  const submission: Submission = {
    source: input.source,
    submittedAt: now,
    fieldsAsked: input.fieldsAsked,
    fieldsFilled: input.fields.filter((field) => field.filled).map((field) => field.key),
    fieldsTyped: input.fields.filter((field) => field.typed).map((field) => field.key),
    focusToSubmitMs: input.focusToSubmitMs,
    entityIds: [],
  };
  const submissionId = await tx.objectStore('submissions').add(submission);
  const entity: Entity = existing ?? {
    id: crypto.randomUUID(),
    kind: 'person',
    identifiers: [identifier],
    displayName: '',
    createdAt: now,
    updatedAt: now,
    createdBySubmission: submissionId,
  };
  submission.entityIds = [entity.id];
  await tx.objectStore('submissions').put({ ...submission, id: submissionId });

  for (const field of fields) {
    const fact: Fact = {
      entityId: entity.id,
      key: field.key,
      value: field.value.trim(),
      normalized: normalizeFieldValue(field.key, field.value),
      source: input.source,
      observedAt: now,
      submissionId,
    };
    const factId = await facts.add(fact);
    const older = await facts.index('by-entity-key').getAll([entity.id, field.key]);
    for (const previous of older) {
      if (previous.id !== factId && previous.supersededBy === undefined) {
        await facts.put({ ...previous, supersededBy: factId });
      }
    }
  }
  const name = fields.find((field) => field.key === 'name')?.value.trim();
  await entities.put({ ...entity, displayName: name || entity.displayName, updatedAt: now });
  await tx.done;
  return { saved: true, submissionId, entityId: entity.id, savedCount: fields.length };
}

/** Takes one capture back completely, as if it had never been saved. */
export async function undoCapture(db: RecordsDb, submissionId: number): Promise<boolean> {
  const tx = db.transaction(['entities', 'facts', 'submissions'], 'readwrite');
  const submission = await tx.objectStore('submissions').get(submissionId);
  if (!submission) {
    await tx.done;
    return false;
  }
  const facts = tx.objectStore('facts');
  const removed = await facts.index('by-submission').getAll(submissionId);
  const removedIds = new Set(removed.map((fact) => fact.id));
  for (const fact of removed) if (fact.id !== undefined) await facts.delete(fact.id);
  for (const entityId of submission.entityIds) {
    const remaining = await facts.index('by-entity').getAll(entityId);
    for (const fact of remaining) {
      if (fact.supersededBy !== undefined && removedIds.has(fact.supersededBy)) {
        const { supersededBy: _restored, ...current } = fact;
        await facts.put(current);
      }
    }
    const entity = await tx.objectStore('entities').get(entityId);
    if (entity?.createdBySubmission === submissionId && remaining.length === 0) {
      await tx.objectStore('entities').delete(entityId);
    }
  }
  await tx.objectStore('submissions').delete(submissionId);
  await tx.done;
  return true;
}
