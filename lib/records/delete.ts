import type { RecordsDb } from './schema';

const DELETED = 'deleted:';

/**
 * Deleting takes the entity out of every lookup at once but keeps its facts until the undo
 * window has passed: a mistaken delete costs nothing. Its identifiers are parked under a
 * prefix so no lookup finds them.
 */
export async function deleteEntity(db: RecordsDb, entityId: string, now: number): Promise<boolean> {
  const tx = db.transaction('entities', 'readwrite');
  const entity = await tx.store.get(entityId);
  if (entity && !entity.identifiers.every((token) => token.startsWith(DELETED))) {
    await tx.store.put({
      ...entity,
      updatedAt: now,
      identifiers: entity.identifiers.map((token) => `${DELETED}${token}` as const),
    });
  }
  await tx.done;
  return entity !== undefined;
}

export async function restoreEntity(db: RecordsDb, entityId: string): Promise<boolean> {
  const tx = db.transaction('entities', 'readwrite');
  const entity = await tx.store.get(entityId);
  if (entity) {
    const identifiers = entity.identifiers.map((token) => token.replace(DELETED, '') as typeof token);
    await tx.store.put({ ...entity, identifiers });
  }
  await tx.done;
  return entity !== undefined;
}

export function isDeleted(entity: { identifiers: readonly string[] }): boolean {
  return entity.identifiers.length > 0 && entity.identifiers.every((token) => token.startsWith(DELETED));
}

/** Removes for good what was deleted before `before` and not taken back: its facts and memberships too. */
export async function purgeDeleted(db: RecordsDb, before: number): Promise<number> {
  const tx = db.transaction(['entities', 'factSheets', 'memberships'], 'readwrite');
  let purged = 0;
  for (const entity of await tx.objectStore('entities').getAll()) {
    if (!isDeleted(entity) || entity.updatedAt >= before) continue;
    await tx.objectStore('factSheets').delete(entity.id);
    for (const index of ['by-person', 'by-household'] as const) {
      for (const key of await tx.objectStore('memberships').index(index).getAllKeys(entity.id)) {
        await tx.objectStore('memberships').delete(key);
      }
    }
    await tx.objectStore('entities').delete(entity.id);
    purged++;
  }
  await tx.done;
  return purged;
}
