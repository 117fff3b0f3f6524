import type { RecordsDb } from './schema';
import { toSheet } from './sheets';

/** Takes one capture or import back completely, as if it had never been saved. */
export async function undoCapture(db: RecordsDb, submissionId: number): Promise<boolean> {
  const tx = db.transaction(['entities', 'factSheets', 'submissions', 'memberships', 'stats'], 'readwrite');
  const submission = await tx.objectStore('submissions').get(submissionId);
  if (!submission) {
    await tx.done;
    return false;
  }
  const sheets = tx.objectStore('factSheets');
  for (const sheet of await sheets.index('by-submission').getAll(submissionId)) {
    const removed = new Set(sheet.facts.filter((fact) => fact.submissionId === submissionId).map((fact) => fact.id));
    const remaining = sheet.facts
      .filter((fact) => fact.submissionId !== submissionId)
      .map((fact) => {
        if (fact.supersededBy === undefined || !removed.has(fact.supersededBy)) return fact;
        const { supersededBy: _restored, ...current } = fact;
        return current;
      });
    if (remaining.length > 0) await sheets.put(toSheet(sheet.entityId, remaining));
    else await sheets.delete(sheet.entityId);
  }
  // Only memberships of the entities this submission touched can have come from it.
  const memberships = tx.objectStore('memberships');
  for (const entityId of submission.entityIds) {
    for (const membership of await memberships.index('by-person').getAll(entityId)) {
      if (membership.submissionId === submissionId) await memberships.delete(membership.id);
    }
  }
  for (const entityId of submission.entityIds) {
    const entity = await tx.objectStore('entities').get(entityId);
    if (entity?.createdBySubmission === submissionId && !(await sheets.getKey(entityId))) {
      await tx.objectStore('entities').delete(entityId);
    }
  }
  await tx.objectStore('submissions').delete(submissionId);
  // Later submissions may have counted this one's keys as held: the sums are rebuilt when next read.
  await tx.objectStore('stats').clear();
  await tx.done;
  return true;
}
