import type { FillEvent, Submission } from '../domain/records';
import { addFill, addView, cubeOf, dayOf, type ReportedKeys, type StatsDay, stepSubmission } from '../stats';
import type { RecordsDb } from './schema';

/**
 * The statistics' own store, derived from the submissions and fills and never backed up: each
 * day's sums, what each person or household has had reported so far, and how many submissions
 * and fills the sums have counted. Kept up to date as work is recorded, so the statistics page
 * reads a few hundred days rather than every submission. Whenever a count disagrees with the
 * records it is rebuilt from them.
 */
export type StatsRecord = StatsMeta | StatsDayRecord | StatsReportedRecord;

export interface StatsMeta {
  id: 'meta';
  submissions: number;
  fills: number;
  /** The latest submission counted: one stamped earlier cannot be added in order. */
  lastAt: number;
}

export interface StatsDayRecord extends StatsDay {
  id: `day:${string}`;
}

export interface StatsReportedRecord {
  id: `entity:${string}`;
  keys: Record<string, string>;
}

/** The stores the sums are kept with, from whichever transaction wrote the record being counted. */
export interface CountingStores {
  stats: {
    get(id: string): Promise<StatsRecord | undefined>;
    put(record: StatsRecord): Promise<unknown>;
    delete(id: string): Promise<unknown>;
  };
  /** The submissions or the fills. */
  counted: { count(): Promise<number> };
}

const dayId = (day: string): StatsDayRecord['id'] => `day:${day}`;
const entityId = (entity: string): StatsReportedRecord['id'] => `entity:${entity}`;

/** The counts, if the sums have counted every record of the store but the `added` just written. */
async function countedMeta(
  stores: CountingStores,
  field: 'submissions' | 'fills',
  added: 0 | 1,
): Promise<StatsMeta | null> {
  const meta = await stores.stats.get('meta');
  const count = await stores.counted.count();
  return meta?.id === 'meta' && meta[field] + added === count ? meta : null;
}

async function updateDay(stats: CountingStores['stats'], at: number, add: (days: Map<string, StatsDay>) => void) {
  const day = dayOf(at);
  const known = (await stats.get(dayId(day))) as StatsDayRecord | undefined;
  const days = new Map<string, StatsDay>(known ? [[day, known]] : []);
  add(days);
  const updated = days.get(day);
  await (updated ? stats.put({ ...updated, id: dayId(day) }) : stats.delete(dayId(day)));
}

/** Adds a submission just written, with its final entities, to the sums. */
export async function countSubmission(stores: CountingStores, submission: Submission): Promise<void> {
  const meta = await countedMeta(stores, 'submissions', 1);
  if (!meta || submission.submittedAt < meta.lastAt) return;
  const reported = new Map<string, ReportedKeys>();
  for (const entity of submission.entityIds) {
    const known = (await stores.stats.get(entityId(entity))) as StatsReportedRecord | undefined;
    reported.set(entity, new Map(Object.entries(known?.keys ?? {})));
  }
  const view = stepSubmission(submission, (entity) => reported.get(entity) ?? new Map());
  for (const [entity, keys] of reported) {
    if (keys.size > 0) await stores.stats.put({ id: entityId(entity), keys: Object.fromEntries(keys) });
  }
  if (view) await updateDay(stores.stats, view.at, (days) => addView(days, view));
  await stores.stats.put({ ...meta, submissions: meta.submissions + 1, lastAt: submission.submittedAt });
}

/** Adds a fill just written to the sums, or takes an undone one back out. */
export async function countFill(stores: CountingStores, fill: FillEvent, change: 'added' | 'undone'): Promise<void> {
  const meta = await countedMeta(stores, 'fills', change === 'added' ? 1 : 0);
  if (!meta) return;
  await updateDay(stores.stats, fill.at, (days) => addFill(days, fill, change === 'added' ? 1 : -1));
  if (change === 'added') await stores.stats.put({ ...meta, fills: meta.fills + 1 });
}

/** Every day's sums, rebuilt from the records first if they have not counted all of them. */
export async function readStatsDays(db: RecordsDb): Promise<StatsDay[]> {
  const read = db.transaction(['stats', 'submissions', 'fills'], 'readonly');
  const meta = (await read.objectStore('stats').get('meta')) as StatsMeta | undefined;
  const [submissionCount, fillCount] = await Promise.all([
    read.objectStore('submissions').count(),
    read.objectStore('fills').count(),
  ]);
  if (meta && meta.submissions === submissionCount && meta.fills === fillCount) {
    return (await read.objectStore('stats').getAll(IDBKeyRange.bound('day:', 'day:\uffff'))) as StatsDayRecord[];
  }
  const [submissions, fills] = await Promise.all([
    read.objectStore('submissions').getAll(),
    read.objectStore('fills').getAll(),
  ]);
  return rebuildStats(db, submissions, fills);
}

async function rebuildStats(
  db: RecordsDb,
  submissions: readonly Submission[],
  fills: readonly FillEvent[],
): Promise<StatsDay[]> {
  const reported = new Map<string, ReportedKeys>();
  const days = cubeOf({ submissions, fills }, reported);
  const tx = db.transaction('stats', 'readwrite');
  const writes: Promise<unknown>[] = [tx.store.clear()];
  for (const day of days) writes.push(tx.store.put({ ...day, id: dayId(day.day) }));
  for (const [entity, keys] of reported) {
    if (keys.size > 0) writes.push(tx.store.put({ id: entityId(entity), keys: Object.fromEntries(keys) }));
  }
  const lastAt = submissions.reduce((latest, submission) => Math.max(latest, submission.submittedAt), 0);
  writes.push(tx.store.put({ id: 'meta', submissions: submissions.length, fills: fills.length, lastAt }));
  await Promise.all([...writes, tx.done]);
  return days;
}
