import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../lib/backup';
import {
  type CaptureInput,
  listFills,
  markFillUndone,
  openRecords,
  type RecordsDb,
  readStatsDays,
  recordFill,
  recordObservation,
  undoCapture,
} from '../../../lib/records';
import { cubeOf, figuresOf, SUM } from '../../../lib/stats';
import { SAMPLE_PEOPLE } from '../../fixtures/sample-people';

const [zhang] = SAMPLE_PEOPLE as [(typeof SAMPLE_PEOPLE)[0]];
const fanpin = {
  portalId: 'fanpin',
  portalName: '防返贫监测',
  url: 'http://fanpin.localhost/',
  kind: 'portal' as const,
};
const dibao = { portalId: 'dibao', portalName: '低保申请', url: 'http://dibao.localhost/', kind: 'portal' as const };
const DAY = Date.UTC(2026, 10, 2, 4);

function capture(source: CaptureInput['source'], filled: string[] = []): CaptureInput {
  const values: Record<string, string> = { name: zhang.name, 'id-number': zhang.idNumber, tel: zhang.tel };
  const fields = Object.entries(values).map(([key, value]) => ({
    key,
    value,
    filled: filled.includes(key),
    typed: !filled.includes(key),
  }));
  return { source, fields, fieldsAsked: Object.keys(values), focusToSubmitMs: 30_000 };
}

/** What the sums must be: rebuilt from nothing but the records themselves. */
async function fromScratch(db: RecordsDb) {
  return cubeOf({ submissions: await db.getAll('submissions'), fills: await listFills(db) });
}

const strip = (days: Array<{ day: string }>) => days.map(({ id: _id, ...day }: { id?: string; day: string }) => day);

let db: RecordsDb;
let dbName = 0;
beforeEach(async () => {
  db = await openRecords(`stats-cache-${++dbName}`);
});
afterEach(() => db.close());

describe('the statistics kept as work is recorded', () => {
  it('counts each capture and fill as it is written, the same as summing the whole history', async () => {
    await readStatsDays(db);
    await recordObservation(db, capture(fanpin), DAY);
    const fillId = await recordFill(db, { source: dibao, at: DAY + 1000, keys: ['tel', 'name'], secondsSaved: 8 });
    await recordObservation(db, capture(dibao, ['tel', 'name']), DAY + 2000);
    // Kept up to date by the writes, not rebuilt on reading: the counts already match.
    expect(await db.get('stats', 'meta')).toMatchObject({ submissions: 2, fills: 1, lastAt: DAY + 2000 });

    const days = await readStatsDays(db);
    expect(strip(days)).toEqual(await fromScratch(db));
    // Worked out by hand: 低保 asked three keys fanpin already holds, two of them filled.
    const dibaoSums = days[0]?.portals.dibao?.total;
    expect(dibaoSums?.[SUM.fieldsHeld]).toBe(3);
    expect(dibaoSums?.[SUM.fieldsFilled]).toBe(2);
    expect(dibaoSums?.[SUM.secondsSaved]).toBe(8);

    await markFillUndone(db, fillId);
    await markFillUndone(db, fillId);
    const undone = await readStatsDays(db);
    expect(undone[0]?.portals.dibao?.total[SUM.secondsSaved]).toBe(0);
    expect(undone[0]?.portals.dibao?.total[SUM.fills]).toBe(0);
    expect(strip(undone)).toEqual(await fromScratch(db));
  });

  it('leaves no trace of a fill undone on a day nothing else happened', async () => {
    await readStatsDays(db);
    const fillId = await recordFill(db, { source: dibao, at: DAY, keys: ['tel'], secondsSaved: 4 });
    expect(await readStatsDays(db)).toHaveLength(1);
    await markFillUndone(db, fillId);
    expect(await readStatsDays(db)).toEqual([]);
  });

  it('rebuilds from the records when a capture is taken back, so later submissions no longer count it as held', async () => {
    await readStatsDays(db);
    const first = await recordObservation(db, capture(fanpin), DAY);
    await recordObservation(db, capture(dibao), DAY + 1000);
    expect(figuresOf(await readStatsDays(db)).summary.fieldsHeld).toBe(3);
    if (!first.saved) throw new Error('the capture was not saved');
    await undoCapture(db, first.submissionId);
    const days = await readStatsDays(db);
    expect(figuresOf(days).summary).toMatchObject({ submissions: 1, fieldsHeld: 0 });
    expect(strip(days)).toEqual(await fromScratch(db));
  });

  it('rebuilds when a submission arrives stamped before one already counted', async () => {
    await readStatsDays(db);
    await recordObservation(db, capture(dibao), DAY + 5000);
    await recordObservation(db, capture(fanpin), DAY);
    // In time order fanpin came first, so it is 低保 that asked again for what was held.
    const days = await readStatsDays(db);
    expect(days[0]?.portals.dibao?.total[SUM.fieldsHeld]).toBe(3);
    expect(days[0]?.portals.fanpin?.total[SUM.fieldsHeld]).toBe(0);
  });

  it('builds the sums on first reading a database that never kept them, as one upgraded from version 3 is', async () => {
    await recordObservation(db, capture(fanpin), DAY);
    await recordObservation(db, capture(dibao), DAY + 1000);
    await db.clear('stats');
    const days = await readStatsDays(db);
    expect(figuresOf(days).summary).toMatchObject({ submissions: 2, fieldsAsked: 6, fieldsHeld: 3 });
    expect(await db.get('stats', 'meta')).toMatchObject({ submissions: 2, fills: 0 });
  });

  it('forgets the old sums when a backup is restored', async () => {
    const empty = await exportBackup(db, DAY);
    await recordObservation(db, capture(fanpin), DAY);
    expect(await readStatsDays(db)).toHaveLength(1);
    await restoreBackup(db, empty);
    expect(await readStatsDays(db)).toEqual([]);
  });
});
