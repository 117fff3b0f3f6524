import type { RecordsDb } from './schema';

/** Takes one capture or import back completely, as if it had never been saved. */
export async function undoCapture(db: RecordsDb, submissionId: number): Promise<boolean> {
  const tx = db.transaction(['entities', 'facts', 'submissions', 'memberships'], 'readwrite');
  const submission = await tx.objectStore('submissions').get(submissionId);
  if (!submission) {
    await tx.done;
    return false;
  }
  const facts = tx.objectStore('facts');
  const removed = await facts.index('by-submission').getAll(submissionId);
  const removedIds = new Set(removed.map((fact) => fact.id));
  for (const fact of removed) if (fact.id !== undefined) await facts.delete(fact.id);
  for (const membership of await tx.objectStore('memberships').getAll()) {
    if (membership.submissionId === submissionId) await tx.objectStore('memberships').delete(membership.id);
  }
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
