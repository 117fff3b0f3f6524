import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareRows, proposeMapping, readLedgerFile } from '../../../lib/ledger';
import {
  findPersonByIdNumber,
  importLedger,
  openRecords,
  type RecordsDb,
  recordObservation,
  undoCapture,
} from '../../../lib/records';
import { makeDemoLedger } from '../../fixtures/ledgers/make-ledger';
import { SAMPLE_PEOPLE } from '../../fixtures/sample-people';

const [zhang, , wang] = SAMPLE_PEOPLE as [(typeof SAMPLE_PEOPLE)[0], unknown, (typeof SAMPLE_PEOPLE)[0]];
let db: RecordsDb;
let run = 0;

async function demoRows() {
  const sheets = await readLedgerFile('台账.xlsx', await makeDemoLedger());
  return sheets.flatMap((sheet) => prepareRows(sheet, proposeMapping(sheet)).rows);
}

beforeEach(async () => {
  db = await openRecords(`import-${++run}`);
});
afterEach(() => db.close());

describe('importLedger', () => {
  it('files the three sheets under one household per family, known by 户编号 and by its head', async () => {
    const result = await importLedger(db, '台账.xlsx', await demoRows(), 1000);
    expect(result.imported).toBeGreaterThan(10);
    const households = (await db.getAll('entities')).filter((entity) => entity.kind === 'household');
    expect(households).toHaveLength(5);
    expect(households.every((household) => household.identifiers.length === 2)).toBe(true);
  });

  it('gives a head the ledger’s values, its household’s size and its latest year’s income', async () => {
    await importLedger(db, '台账.xlsx', await demoRows(), 1000);
    const facts = (await findPersonByIdNumber(db, wang.idNumber))?.facts ?? [];
    const value = (key: string) => facts.filter((fact) => fact.key === key).map((fact) => fact.value);
    expect(value('tel')).toEqual([wang.tel]);
    expect(value('household.size')).toHaveLength(1);
    expect(
      facts
        .filter((fact) => fact.key === 'household.annual-income')
        .map((fact) => fact.period)
        .sort(),
    ).toEqual(['2024', '2025']);
  });

  it('keeps a ledger value that differs from a portal’s as a conflict, and one undo takes the import back', async () => {
    const fanpin = {
      portalId: 'fanpin-monitoring',
      portalName: '防返贫监测户信息采集',
      url: 'http://fanpin.localhost/',
    };
    const fields = [
      { key: 'id-number', value: zhang.idNumber, filled: false, typed: true },
      { key: 'tel', value: zhang.tel, filled: false, typed: true },
    ];
    await recordObservation(db, { source: fanpin, fields, fieldsAsked: [], focusToSubmitMs: null }, 500);
    const result = await importLedger(db, '台账.xlsx', await demoRows(), 1000);
    expect(result.conflicts).toBeGreaterThan(0);
    const tels = (await findPersonByIdNumber(db, zhang.idNumber))?.facts.filter((fact) => fact.key === 'tel');
    expect(tels?.map((fact) => fact.sourceKind).sort()).toEqual(['ledger', 'portal']);
    await undoCapture(db, result.submissionId as number);
    const after = (await findPersonByIdNumber(db, zhang.idNumber))?.facts.filter((fact) => fact.key === 'tel');
    expect(after?.map((fact) => fact.value)).toEqual([zhang.tel]);
    expect(await findPersonByIdNumber(db, wang.idNumber)).toBeNull();
  });
});
