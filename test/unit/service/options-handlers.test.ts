import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRecords, type RecordsDb, recordObservation } from '../../../lib/records';
import { createRecordsHandlers } from '../../../lib/service';
import { SAMPLE_PEOPLE } from '../../fixtures/sample-people';

const [zhang] = SAMPLE_PEOPLE as [(typeof SAMPLE_PEOPLE)[0]];
const options = { id: 'x', url: 'chrome-extension://x/options.html' };
const source = { portalId: 'fanpin-monitoring', portalName: '防返贫监测户信息采集', url: 'http://fanpin.localhost/' };

let db: RecordsDb;
let run = 0;
beforeEach(async () => {
  db = await openRecords(`options-handlers-${++run}`);
  const fields = [
    { key: 'name', value: zhang.name, filled: false, typed: true },
    { key: 'id-number', value: zhang.idNumber, filled: false, typed: true },
  ];
  await recordObservation(db, { source, fields, fieldsAsked: ['name', 'id-number'], focusToSubmitMs: null }, 1000);
});
afterEach(() => db.close());

describe("the records manager's requests", () => {
  const handlers = () =>
    createRecordsHandlers(
      async () => db,
      () => 5000,
    );

  it('find, show, correct, delete and restore a person', async () => {
    const h = handlers();
    const [found] = await h['optionsToBackground:search']({ query: zhang.name }, options);
    expect(found).toMatchObject({ displayName: zhang.name, maskedIdNumber: expect.stringContaining('*') });
    const entityId = found?.entityId ?? '';
    expect((await h['optionsToBackground:getEntity']({ entityId }, options))?.displayName).toBe(zhang.name);

    await expect(
      h['optionsToBackground:editFact']({ entityId, key: 'tel', value: 'not a phone' }, options),
    ).rejects.toThrow('edit refused: invalid-value');
    const { factId } = await h['optionsToBackground:editFact']({ entityId, key: 'tel', value: '13912345678' }, options);
    expect(factId).toBeGreaterThan(0);

    expect(await h['optionsToBackground:deleteEntity']({ entityId }, options)).toEqual({ deleted: true });
    expect(await h['optionsToBackground:search']({ query: zhang.name }, options)).toEqual([]);
    expect(await h['optionsToBackground:restoreEntity']({ entityId }, options)).toEqual({ restored: true });
    expect(await h['optionsToBackground:search']({ query: zhang.name }, options)).toHaveLength(1);
    expect(await h['optionsToBackground:listConflicts']({}, options)).toEqual([]);
  });

  it('lists the work log with ID numbers masked unless asked', async () => {
    const h = handlers();
    const [row] = await h['optionsToBackground:getWorkLog']({ revealIds: false }, options);
    expect(JSON.stringify(row)).not.toContain(zhang.idNumber);
    const [revealed] = await h['optionsToBackground:getWorkLog']({ revealIds: true }, options);
    expect(JSON.stringify(revealed)).toContain(zhang.idNumber);
  });
});
