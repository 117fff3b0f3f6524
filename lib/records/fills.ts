import type { RecordsDb } from './schema';
import type { FillEvent } from './types';

export async function recordFill(db: RecordsDb, event: Omit<FillEvent, 'id' | 'undone'>): Promise<number> {
  return db.add('fills', { ...event, undone: false });
}

/** An undone fill saved nobody any time, so it stops counting. */
export async function markFillUndone(db: RecordsDb, fillId: number): Promise<boolean> {
  const tx = db.transaction('fills', 'readwrite');
  const event = await tx.store.get(fillId);
  if (event) await tx.store.put({ ...event, undone: true });
  await tx.done;
  return event !== undefined;
}

export function listFills(db: RecordsDb): Promise<FillEvent[]> {
  return db.getAll('fills');
}
