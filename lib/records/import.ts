import type { Provenance } from '../domain/records';
import type { ImportResult } from '../domain/views';
import { OBSERVATION_STORES, ObservationBatch } from './batch';
import { planObservation } from './plan';
import type { RecordsDb } from './schema';
import { countSubmission } from './stats-cache';

export interface LedgerRow {
  sheet: string;
  row: number;
  fields: Array<{ key: string; value: string; entity?: string }>;
  period?: string;
}

/** Rows per transaction: large enough to be quick, small enough not to hold the store for long. */
const ROWS_PER_TRANSACTION = 1000;

/**
 * Records a confirmed ledger as one submission (so one undo takes it all back), each row a
 * set of facts with the ledger, sheet and row as provenance.
 */
export async function importLedger(
  db: RecordsDb,
  fileName: string,
  rows: readonly LedgerRow[],
  now: number,
): Promise<ImportResult> {
  const source: Provenance = {
    portalId: null,
    portalName: `台账 ${fileName}`,
    url: `ledger:${fileName}`,
    kind: 'ledger',
  };
  const submissionId = await db.add('submissions', {
    source,
    submittedAt: now,
    fieldsAsked: [],
    fieldsFilled: [],
    fieldsTyped: [],
    focusToSubmitMs: null,
    entityIds: [],
  });
  const result: ImportResult = { imported: 0, skipped: [], conflicts: 0, submissionId };
  const entityIds = new Set<string>();
  const batch = new ObservationBatch(now);
  for (let start = 0; start < rows.length; start += ROWS_PER_TRANSACTION) {
    const chunk = rows.slice(start, start + ROWS_PER_TRANSACTION).map((row) => ({
      row,
      plan: planObservation(row.fields.map((field) => ({ ...field, filled: false, typed: false }))),
    }));
    // Relaxed durability: a crash mid-import loses at most the chunk, which the person re-imports.
    const tx = db.transaction([...OBSERVATION_STORES], 'readwrite', { durability: 'relaxed' });
    await batch.load(
      tx,
      chunk.map(({ plan }) => plan),
    );
    for (const { row, plan } of chunk) {
      if (plan.entities.length === 0 || plan.subjectRef === null) {
        result.skipped.push({ sheet: row.sheet, row: row.row, reason: 'no-identifier' });
        continue;
      }
      const rowSource = { ...source, form: row.sheet, url: `ledger:${fileName}#${row.sheet}!${row.row}` };
      const applied = batch.apply(plan, rowSource, submissionId, row.period);
      result.imported++;
      result.conflicts += applied.conflicts;
      for (const id of applied.entityIds) entityIds.add(id);
    }
    await batch.flush(tx);
    await tx.done;
  }
  const tx = db.transaction(['submissions', 'stats'], 'readwrite');
  const stored = await tx.objectStore('submissions').get(submissionId);
  if (stored) {
    const submission = { ...stored, entityIds: [...entityIds] };
    await tx.objectStore('submissions').put(submission);
    await countSubmission({ stats: tx.objectStore('stats'), counted: tx.objectStore('submissions') }, submission);
  }
  await tx.done;
  return result;
}
