import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CaptureInput,
  findPersonByIdNumber,
  openRecords,
  type RecordsDb,
  saveCapture,
  searchPeople,
  undoCapture,
} from '../../../lib/records';
import { SAMPLE_PEOPLE } from '../../fixtures/sample-people';

const [zhang, li] = SAMPLE_PEOPLE as [(typeof SAMPLE_PEOPLE)[0], (typeof SAMPLE_PEOPLE)[0]];
const fanpin = {
  portalId: 'fanpin-monitoring',
  portalName: '防返贫监测户信息采集',
  url: 'http://fanpin.localhost/collect/',
};
const dibao = { portalId: 'dibao-application', portalName: '低保申请', url: 'http://dibao.localhost/apply/' };

function capture(source: CaptureInput['source'], values: Record<string, string>): CaptureInput {
  const fields = Object.entries(values).map(([key, value]) => ({ key, value, filled: false, typed: true }));
  return { source, fields, fieldsAsked: Object.keys(values), focusToSubmitMs: 42_000 };
}

let db: RecordsDb;
let dbName = 0;
beforeEach(async () => {
  db = await openRecords(`records-${++dbName}`);
});
afterEach(() => db.close());

describe('saveCapture', () => {
  it('stores a submission as facts of one person keyed by ID number, with provenance', async () => {
    const result = await saveCapture(
      db,
      capture(fanpin, { name: zhang.name, 'id-number': zhang.idNumber, tel: zhang.tel }),
      1000,
    );
    expect(result).toMatchObject({ saved: true, savedCount: 3 });
    const person = await findPersonByIdNumber(db, zhang.idNumber.toLowerCase());
    expect(person?.displayName).toBe(zhang.name);
    expect(person?.facts).toEqual(
      expect.arrayContaining([{ key: 'tel', value: zhang.tel, portalName: '防返贫监测户信息采集', observedAt: 1000 }]),
    );
    const [submission] = await db.getAll('submissions');
    expect(submission).toMatchObject({
      source: fanpin,
      fieldsTyped: ['name', 'id-number', 'tel'],
      focusToSubmitMs: 42_000,
    });
  });

  it('saves nothing without a valid ID number, and never a password or captcha', async () => {
    expect(await saveCapture(db, capture(fanpin, { name: zhang.name, 'id-number': '110101198001011230' }), 1)).toEqual({
      saved: false,
      reason: 'no-identifier',
    });
    await saveCapture(db, capture(fanpin, { 'id-number': zhang.idNumber, password: 'secret', captcha: 'x7k2' }), 2);
    const facts = await db.getAll('facts');
    expect(facts.map((fact) => fact.key)).toEqual(['id-number']);
  });

  it('keeps every observation and serves the newest value as current', async () => {
    await saveCapture(db, capture(fanpin, { 'id-number': zhang.idNumber, tel: '13800000001' }), 1000);
    await saveCapture(db, capture(dibao, { 'id-number': zhang.idNumber, tel: '13800000002' }), 2000);
    const person = await findPersonByIdNumber(db, zhang.idNumber);
    expect(person?.facts.filter((fact) => fact.key === 'tel')).toEqual([
      { key: 'tel', value: '13800000002', portalName: '低保申请', observedAt: 2000 },
    ]);
    expect((await db.getAll('facts')).filter((fact) => fact.key === 'tel')).toHaveLength(2);
    expect(await db.count('entities')).toBe(1);
  });
});

describe('undoCapture', () => {
  it('removes the capture completely, including a person it created', async () => {
    const result = await saveCapture(db, capture(fanpin, { 'id-number': li.idNumber, name: li.name }), 1000);
    if (!result.saved) throw new Error('expected a save');
    expect(await undoCapture(db, result.submissionId)).toBe(true);
    expect(await findPersonByIdNumber(db, li.idNumber)).toBeNull();
    expect(await db.count('facts')).toBe(0);
    expect(await db.count('submissions')).toBe(0);
    expect(await undoCapture(db, result.submissionId)).toBe(false);
  });

  it('makes the previous observation current again', async () => {
    await saveCapture(db, capture(fanpin, { 'id-number': li.idNumber, tel: '13800000001' }), 1000);
    const second = await saveCapture(db, capture(dibao, { 'id-number': li.idNumber, tel: '13800000002' }), 2000);
    if (!second.saved) throw new Error('expected a save');
    await undoCapture(db, second.submissionId);
    const person = await findPersonByIdNumber(db, li.idNumber);
    expect(person?.facts.find((fact) => fact.key === 'tel')?.value).toBe('13800000001');
  });
});

describe('searchPeople', () => {
  it('finds people by part of the name or the ends of the ID number, masked', async () => {
    await saveCapture(db, capture(fanpin, { 'id-number': zhang.idNumber, name: zhang.name }), 1);
    await saveCapture(db, capture(fanpin, { 'id-number': li.idNumber, name: li.name }), 2);
    expect((await searchPeople(db, '秀英')).map((person) => person.displayName)).toEqual([li.name]);
    const byTail = await searchPeople(db, zhang.idNumber.slice(-4));
    expect(byTail).toEqual([
      expect.objectContaining({ displayName: zhang.name, maskedIdNumber: expect.stringMatching(/^1101\*+/) }),
    ]);
    expect(await searchPeople(db, '  ')).toEqual([]);
  });
});
