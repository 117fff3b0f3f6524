import type { CaptureResult } from '../domain/people';
import type { CaptureInput } from '../domain/records';
import { OBSERVATION_STORES, ObservationBatch, type ObservationTransaction } from './batch';
import { planObservation } from './plan';
import type { RecordsDb } from './schema';
import { countSubmission } from './stats-cache';

export type { ObservationTransaction };

export interface ObservationOptions {
  /** The year a ledger row states for its yearly figures (年度). */
  period?: string;
}

/**
 * Records one submitted form as facts of the people, household, organisation and village it
 * speaks of, in one transaction: either all of it is written or none of it.
 */
export async function recordObservation(
  db: RecordsDb,
  input: CaptureInput,
  now: number,
  options: ObservationOptions = {},
): Promise<CaptureResult> {
  const plan = planObservation(input.fields);
  if (plan.entities.length === 0 || plan.subjectRef === null) return { saved: false, reason: 'no-identifier' };
  const tx = db.transaction([...OBSERVATION_STORES], 'readwrite');
  const submissionId = await tx.objectStore('submissions').add({
    source: input.source,
    submittedAt: now,
    fieldsAsked: input.fieldsAsked,
    fieldsFilled: input.fields.filter((field) => field.filled).map((field) => field.key),
    fieldsTyped: input.fields.filter((field) => field.typed).map((field) => field.key),
    focusToSubmitMs: input.focusToSubmitMs,
    entityIds: [],
  });
  const batch = new ObservationBatch(now);
  await batch.load(tx, [plan]);
  const applied = batch.apply(plan, input.source, submissionId, options.period);
  await batch.flush(tx);
  const stored = await tx.objectStore('submissions').get(submissionId);
  if (stored) {
    const submission = { ...stored, entityIds: applied.entityIds };
    await tx.objectStore('submissions').put(submission);
    await countSubmission({ stats: tx.objectStore('stats'), counted: tx.objectStore('submissions') }, submission);
  }
  await tx.done;
  const { entityIds, subjectId: entityId, savedCount, conflicts } = applied;
  return { saved: true, submissionId, entityId, entityIds, savedCount, conflicts };
}
