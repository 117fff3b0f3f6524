import { describe, expect, it } from 'vitest';
import { type ColumnMapping, type LedgerSheet, proposeMapping, readLedgerFile } from '../../../lib/ledger';
import { makeDemoLedger } from '../../fixtures/ledgers/make-ledger';

const sheetOf = (...header: string[]): LedgerSheet => ({ name: '表', header, rows: [] });
const keys = (mapping: ColumnMapping[]) =>
  mapping.map(({ key, entity, period }) => [key, ...(entity ? [entity] : []), ...(period ? ['period'] : [])]);

describe('proposeMapping', () => {
  it('maps the three demo sheets', async () => {
    const [heads, members, income] = await readLedgerFile('台账.xlsx', await makeDemoLedger());
    if (!heads || !members || !income) throw new Error('demo ledger has three sheets');
    expect(keys(proposeMapping(heads))).toEqual([
      ['household.id'],
      ['name'],
      ['sex'],
      ['id-number'],
      ['tel'],
      ['street-address'],
      ['household.size'],
      ['person.ethnicity'],
    ]);
    expect(keys(proposeMapping(members))).toEqual([
      ['id-number', 'head'],
      ['name'],
      ['id-number'],
      ['person.relation-to-head'],
      ['sex'],
      ['bday'],
    ]);
    expect(keys(proposeMapping(income))).toEqual([
      ['id-number', 'head'],
      [null, 'period'],
      ['household.annual-income'],
      ['household.per-capita-income'],
    ]);
  });

  it('keeps the column index, the header and a confidence', () => {
    expect(proposeMapping(sheetOf('序号', '户主身份证号码'))).toEqual([
      { column: 0, header: '序号', key: null, confidence: 0 },
      { column: 1, header: '户主身份证号码', key: 'id-number', entity: 'head', confidence: 1 },
    ]);
  });

  it('recognises the usual year headers as the period column', () => {
    const mapping = proposeMapping(sheetOf('年度', '年份', '统计年度', 'Year', '年度收入'));
    expect(mapping.map((column) => column.period ?? false)).toEqual([true, true, true, true, false]);
    expect(mapping.every((column) => column.key === null)).toBe(true);
  });

  it('reads 成员… headers as the row’s own fields, and numbered members not', () => {
    expect(keys(proposeMapping(sheetOf('家庭成员姓名', '成员出生日期', '家庭成员人数')))).toEqual([
      ['name'],
      ['bday'],
      ['household.size'],
    ]);
    expect(proposeMapping(sheetOf('成员姓名'))[0]?.confidence).toBe(1);
  });

  it('leaves unknown, secret and empty headers unmapped', () => {
    expect(keys(proposeMapping(sheetOf('备注', '密码', '', 'xyz')))).toEqual([[null], [null], [null], [null]]);
  });

  it('gives a field of one person to one column: the surest, or none on a tie', () => {
    expect(keys(proposeMapping(sheetOf('身份证号码', '成员1身份证号')))).toEqual([['id-number'], [null]]);
    expect(keys(proposeMapping(sheetOf('身份证号', '身份证号码')))).toEqual([[null], [null]]);
  });
});
