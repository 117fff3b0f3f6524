import type { FillEvent } from '../domain/records';
import type { RecordsDb } from './schema';
import { countFill } from './stats-cache';

export async function recordFill(db: RecordsDb, event: Omit<FillEvent, 'id' | 'undone'>): Promise<number> {
  const tx = db.transaction(['fills', 'stats'], 'readwrite');
  const fill = { ...event, undone: false };
  const id = await tx.objectStore('fills').add(fill);
  await countFill({ stats: tx.objectStore('stats'), counted: tx.objectStore('fills') }, fill, 'added');
  await tx.done;
  return id;
}

/** An undone fill saved nobody any time, so it stops counting. */
export async function markFillUndone(db: RecordsDb, fillId: number): Promise<boolean> {
  const tx = db.transaction(['fills', 'stats'], 'readwrite');
  const fills = tx.objectStore('fills');
  const event = await fills.get(fillId);
  if (event && !event.undone) {
    await fills.put({ ...event, undone: true });
    await countFill({ stats: tx.objectStore('stats'), counted: fills }, event, 'undone');
  }
  await tx.done;
  return event !== undefined;
}

export function listFills(db: RecordsDb): Promise<FillEvent[]> {
  return db.getAll('fills');
}
