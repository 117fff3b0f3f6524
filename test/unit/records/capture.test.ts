import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CapturedField,
  type CaptureInput,
  findPersonByIdNumber,
  openRecords,
  type RecordsDb,
  recordObservation,
  searchPeople,
  undoCapture,
} from '../../../lib/records';
import { makeIdNumber, SAMPLE_PEOPLE } from '../../fixtures/sample-people';

const [zhang, li] = SAMPLE_PEOPLE as [(typeof SAMPLE_PEOPLE)[0], (typeof SAMPLE_PEOPLE)[0]];
const fanpin = {
  portalId: 'fanpin-monitoring',
  portalName: '防返贫监测户信息采集',
  url: 'http://fanpin.localhost/collect/',
};
const dibao = { portalId: 'dibao-application', portalName: '低保申请', url: 'http://dibao.localhost/apply/' };

function capture(
  source: CaptureInput['source'],
  values: Record<string, string>,
  extra: CapturedField[] = [],
): CaptureInput {
  const fields = Object.entries(values).map(([key, value]) => ({ key, value, filled: false, typed: true }));
  return { source, fields: [...fields, ...extra], fieldsAsked: Object.keys(values), focusToSubmitMs: 42_000 };
}

let db: RecordsDb;
let dbName = 0;
beforeEach(async () => {
  db = await openRecords(`records-${++dbName}`);
});
afterEach(() => db.close());

describe('recordObservation', () => {
  it('stores a submission as facts of one person keyed by ID number, with provenance', async () => {
    const result = await recordObservation(
      db,
      capture(fanpin, { name: zhang.name, 'id-number': zhang.idNumber, tel: zhang.tel }),
      1000,
    );
    expect(result).toMatchObject({ saved: true, savedCount: 3, conflicts: 0 });
    const person = await findPersonByIdNumber(db, zhang.idNumber.toLowerCase());
    expect(person?.displayName).toBe(zhang.name);
    expect(person?.facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'tel', value: zhang.tel, portalName: '防返贫监测户信息采集', observedAt: 1000 }),
      ]),
    );
    const [submission] = await db.getAll('submissions');
    expect(submission).toMatchObject({
      source: fanpin,
      fieldsTyped: ['name', 'id-number', 'tel'],
      focusToSubmitMs: 42_000,
    });
  });

  it('saves nothing without a valid ID number, and never a password or captcha', async () => {
    const invalid = capture(fanpin, { name: zhang.name, 'id-number': '110101198001011230' });
    expect(await recordObservation(db, invalid, 1)).toEqual({ saved: false, reason: 'no-identifier' });
    await recordObservation(
      db,
      capture(fanpin, { 'id-number': zhang.idNumber, password: 'secret', captcha: 'x7k2' }),
      2,
    );
    expect((await db.getAll('factSheets')).flatMap((sheet) => sheet.facts.map((fact) => fact.key))).toEqual([
      'id-number',
    ]);
  });

  it('the same value seen again supersedes its older observation', async () => {
    await recordObservation(db, capture(fanpin, { 'id-number': zhang.idNumber, tel: '13800000001' }), 1000);
    await recordObservation(db, capture(dibao, { 'id-number': zhang.idNumber, tel: '138 0000 0001' }), 2000);
    const person = await findPersonByIdNumber(db, zhang.idNumber);
    expect(person?.facts.filter((fact) => fact.key === 'tel')).toEqual([
      expect.objectContaining({ value: '138 0000 0001', portalName: '低保申请', observedAt: 2000 }),
    ]);
    expect(await db.count('entities')).toBe(1);
  });

  it('keeps a different value beside the current one, as a conflict, and counts it', async () => {
    await recordObservation(db, capture(fanpin, { 'id-number': zhang.idNumber, tel: '13800000001' }), 1000);
    const second = await recordObservation(
      db,
      capture(dibao, { 'id-number': zhang.idNumber, tel: '13800000002' }),
      2000,
    );
    expect(second).toMatchObject({ saved: true, conflicts: 1 });
    const tels = (await findPersonByIdNumber(db, zhang.idNumber))?.facts.filter((fact) => fact.key === 'tel');
    expect(tels?.map((fact) => fact.value).sort()).toEqual(['13800000001', '13800000002']);
  });

  it('keeps each year of a yearly figure apart', async () => {
    const income = (value: string) =>
      capture(fanpin, { 'id-number': zhang.idNumber, 'household.annual-income': value });
    await recordObservation(db, income('18000'), new Date(2025, 5, 1).getTime());
    await recordObservation(db, income('21000'), new Date(2026, 5, 1).getTime());
    const incomes = (await findPersonByIdNumber(db, zhang.idNumber))?.facts.filter(
      (fact) => fact.key === 'household.annual-income',
    );
    expect(incomes?.map((fact) => [fact.period, fact.value])).toEqual([
      ['2025', '18000'],
      ['2026', '21000'],
    ]);
  });

  it('files household values under the household and links the members with their relation', async () => {
    const child = makeIdNumber('110101', '20100101', '015');
    const members: CapturedField[] = [
      { key: 'name', value: '张小明', filled: false, typed: true, entity: 'member-1' },
      { key: 'id-number', value: child, filled: false, typed: true, entity: 'member-1' },
      { key: 'person.relation-to-head', value: '子', filled: false, typed: true, entity: 'member-1' },
    ];
    await recordObservation(
      db,
      capture(fanpin, { name: zhang.name, 'id-number': zhang.idNumber, 'household.size': '4' }, members),
      1000,
    );
    expect(await db.count('entities')).toBe(3);
    const memberships = await db.getAll('memberships');
    expect(memberships.map(({ relation, isHead }) => [relation, isHead]).sort()).toEqual([
      ['子', false],
      ['户主', true],
    ]);
    const childRecord = await findPersonByIdNumber(db, child);
    expect(childRecord?.facts.find((fact) => fact.key === 'household.size')?.value).toBe('4');
  });
});

describe('undoCapture', () => {
  it('removes the capture completely, including a person it created', async () => {
    const result = await recordObservation(db, capture(fanpin, { 'id-number': li.idNumber, name: li.name }), 1000);
    if (!result.saved) throw new Error('expected a save');
    expect(await undoCapture(db, result.submissionId)).toBe(true);
    expect(await findPersonByIdNumber(db, li.idNumber)).toBeNull();
    expect(await db.count('factSheets')).toBe(0);
    expect(await db.count('submissions')).toBe(0);
    expect(await undoCapture(db, result.submissionId)).toBe(false);
  });

  it('makes the previous observation current again', async () => {
    await recordObservation(db, capture(fanpin, { 'id-number': li.idNumber, tel: '13800000001' }), 1000);
    const second = await recordObservation(db, capture(dibao, { 'id-number': li.idNumber, tel: '13800000001' }), 2000);
    if (!second.saved) throw new Error('expected a save');
    await undoCapture(db, second.submissionId);
    const tel = (await findPersonByIdNumber(db, li.idNumber))?.facts.find((fact) => fact.key === 'tel');
    expect(tel).toMatchObject({ value: '13800000001', observedAt: 1000 });
  });
});

describe('searchPeople', () => {
  it('finds people by the start of the name, a whole ID number or a whole phone number', async () => {
    await recordObservation(db, capture(fanpin, { 'id-number': zhang.idNumber, name: zhang.name, tel: zhang.tel }), 1);
    await recordObservation(db, capture(fanpin, { 'id-number': li.idNumber, name: li.name }), 2);
    expect((await searchPeople(db, '李秀')).map((person) => person.displayName)).toEqual([li.name]);
    expect((await searchPeople(db, zhang.idNumber)).map((person) => person.displayName)).toEqual([zhang.name]);
    expect((await searchPeople(db, zhang.tel)).map((person) => person.displayName)).toEqual([zhang.name]);
    expect((await searchPeople(db, zhang.idNumber))[0]?.maskedIdNumber).toMatch(/^1101\*+/);
    expect(await searchPeople(db, '  ')).toEqual([]);
  });
});
