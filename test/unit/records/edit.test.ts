import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CaptureInput,
  deleteEntity,
  EditRefused,
  editFact,
  entityDetail,
  findPersonById,
  findPersonByIdNumber,
  listConflicts,
  openRecords,
  type RecordsDb,
  recordObservation,
  restoreEntity,
  searchEntities,
  settleConflict,
} from '../../../lib/records';
import { makeIdNumber, SAMPLE_PEOPLE } from '../../fixtures/sample-people';

const [zhang, li] = SAMPLE_PEOPLE as [(typeof SAMPLE_PEOPLE)[0], (typeof SAMPLE_PEOPLE)[0]];
const fanpin = { portalId: 'fanpin-monitoring', portalName: '防返贫监测户信息采集', url: 'http://fanpin.localhost/' };
const dibao = { portalId: 'dibao-application', portalName: '低保申请', url: 'http://dibao.localhost/' };

const capture = (source: CaptureInput['source'], values: Record<string, string>): CaptureInput => ({
  source,
  fields: Object.entries(values).map(([key, value]) => ({ key, value, filled: false, typed: true })),
  fieldsAsked: Object.keys(values),
  focusToSubmitMs: null,
});

let db: RecordsDb;
let run = 0;
let zhangId = '';
beforeEach(async () => {
  db = await openRecords(`edit-${++run}`);
  await recordObservation(db, capture(fanpin, { name: zhang.name, 'id-number': zhang.idNumber, tel: zhang.tel }), 1000);
  await recordObservation(db, capture(fanpin, { name: li.name, 'id-number': li.idNumber }), 1000);
  zhangId = (await findPersonByIdNumber(db, zhang.idNumber))?.entityId ?? '';
});
afterEach(() => db.close());

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof EditRefused ? error.refusal : String(error)),
  );

describe('editing a fact', () => {
  it("checks the value by the key's own rules, and writes nothing when it fails", async () => {
    expect(await refusalOf(editFact(db, { entityId: zhangId, key: 'tel', value: '12345' }, 2000))).toBe(
      'invalid-value',
    );
    expect(
      await refusalOf(editFact(db, { entityId: zhangId, key: 'id-number', value: '110101198001011234' }, 2000)),
    ).toBe('invalid-value');
    expect(await refusalOf(editFact(db, { entityId: 'nobody', key: 'tel', value: '13912345678' }, 2000))).toBe(
      'no-entity',
    );
    const person = await findPersonById(db, zhangId);
    expect(person?.facts.find((fact) => fact.key === 'tel')?.value).toBe(zhang.tel);
    expect(await db.count('submissions')).toBe(2);
  });

  it('keeps a valid value as the current one, normalised by its rules', async () => {
    await editFact(db, { entityId: zhangId, key: 'tel', value: ' 139 1234 5678 ' }, 2000);
    const tel = (await findPersonById(db, zhangId))?.facts.filter((fact) => fact.key === 'tel');
    expect(tel?.map((fact) => [fact.value, fact.normalized, fact.portalName])).toEqual([
      ['139 1234 5678', '13912345678', '手工修改'],
    ]);
  });

  it('makes a new ID number the one the person is found by, and the old one finds no one', async () => {
    const newId = makeIdNumber('110101', '19800101', '555');
    await editFact(db, { entityId: zhangId, key: 'id-number', value: newId }, 2000);
    expect((await findPersonByIdNumber(db, newId))?.entityId).toBe(zhangId);
    expect(await findPersonByIdNumber(db, zhang.idNumber)).toBeNull();
  });

  it("refuses an ID number another person's record holds", async () => {
    expect(await refusalOf(editFact(db, { entityId: zhangId, key: 'id-number', value: li.idNumber }, 2000))).toBe(
      'duplicate-identifier',
    );
    expect((await findPersonByIdNumber(db, li.idNumber))?.displayName).toBe(li.name);
    expect((await findPersonByIdNumber(db, zhang.idNumber))?.entityId).toBe(zhangId);
  });

  it('renames the person everywhere they are shown and found', async () => {
    await editFact(db, { entityId: zhangId, key: 'name', value: '张叁' }, 2000);
    expect((await findPersonById(db, zhangId))?.displayName).toBe('张叁');
    expect((await searchEntities(db, '张叁')).map((found) => found.entityId)).toEqual([zhangId]);
    expect(await searchEntities(db, zhang.name)).toEqual([]);
  });

  it('never offers a masked ID number for editing as it stands', async () => {
    const detail = await entityDetail(db, zhangId);
    const id = detail?.facts.find((fact) => fact.key === 'id-number');
    expect(id?.masked).toBe(true);
    expect(id?.value).not.toBe(zhang.idNumber);
    expect(detail?.facts.find((fact) => fact.key === 'tel')?.masked).toBe(false);
  });
});

describe('settling a conflict', () => {
  it('keeps the chosen value current and the other as history, and will not bring that back', async () => {
    await recordObservation(db, capture(dibao, { 'id-number': zhang.idNumber, tel: '13912345678' }), 3000);
    const [conflict] = await listConflicts(db);
    expect(conflict?.values.map((value) => value.value).sort()).toEqual(['13912345678', zhang.tel].sort());
    const kept = conflict?.values.find((value) => value.value === '13912345678');
    expect(await settleConflict(db, zhangId, kept?.id ?? 0)).toBe(true);
    expect(await listConflicts(db)).toEqual([]);
    const tel = (await findPersonById(db, zhangId))?.facts.filter((fact) => fact.key === 'tel');
    expect(tel?.map((fact) => fact.value)).toEqual(['13912345678']);
    const dropped = conflict?.values.find((value) => value.value === zhang.tel);
    expect(await settleConflict(db, zhangId, dropped?.id ?? 0)).toBe(false);
  });
});

describe('deleting a person', () => {
  it('is found by no lookup until restored: not by ID number, id, name or phone', async () => {
    await deleteEntity(db, zhangId, 2000);
    expect(await findPersonByIdNumber(db, zhang.idNumber)).toBeNull();
    expect(await findPersonById(db, zhangId)).toBeNull();
    expect(await searchEntities(db, zhang.name)).toEqual([]);
    expect(await searchEntities(db, zhang.tel)).toEqual([]);
    expect((await entityDetail(db, zhangId))?.deleted).toBe(true);

    await restoreEntity(db, zhangId);
    expect((await findPersonByIdNumber(db, zhang.idNumber))?.entityId).toBe(zhangId);
    expect((await searchEntities(db, zhang.name)).map((found) => found.entityId)).toEqual([zhangId]);
  });
});
