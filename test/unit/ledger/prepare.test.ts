import { describe, expect, it } from 'vitest';
import { type LedgerSheet, prepareRows, proposeMapping, readLedgerFile } from '../../../lib/ledger';
import { planObservation } from '../../../lib/records/plan';
import { BAD_MEMBER, DEMO_HOUSEHOLDS } from '../../fixtures/ledgers/demo-data';
import { makeDemoLedger } from '../../fixtures/ledgers/make-ledger';
import { makeIdNumber, SAMPLE_PEOPLE } from '../../fixtures/sample-people';

async function demo() {
  const [heads, members, income] = await readLedgerFile('台账.xlsx', await makeDemoLedger());
  if (!heads || !members || !income) throw new Error('demo ledger has three sheets');
  return { heads, members, income };
}
const prepare = (sheet: LedgerSheet) => prepareRows(sheet, proposeMapping(sheet));

const zhang = SAMPLE_PEOPLE[0];
const liMei = DEMO_HOUSEHOLDS[0]?.members[0];
const id = makeIdNumber('110101', '19900101', '123');

describe('prepareRows on the demo ledger', () => {
  it('excludes the row with a wrong check digit, naming sheet, row and column', async () => {
    const { rows, issues } = prepare((await demo()).members);
    expect(issues).toEqual([{ sheet: '家庭成员', row: 8, column: '成员身份证号', problem: 'invalid-id-number' }]);
    expect(rows).toHaveLength(10);
    expect(rows.map((row) => row.row)).not.toContain(8);
    expect(rows.flatMap((row) => row.fields.map((field) => field.value))).not.toContain(BAD_MEMBER.idNumber);
  });

  it('gives a member row the head’s ID in the head slot and the member’s own fields unslotted', async () => {
    const { rows } = prepare((await demo()).members);
    expect(rows[0]).toEqual({
      sheet: '家庭成员',
      row: 2,
      fields: [
        { key: 'id-number', value: zhang?.idNumber, entity: 'head' },
        { key: 'name', value: liMei?.name },
        { key: 'id-number', value: liMei?.idNumber },
        { key: 'person.relation-to-head', value: '配偶' },
        { key: 'sex', value: '女' },
        { key: 'bday', value: '1982-03-15' },
      ],
    });
  });

  it('makes a member row a membership of the head’s household', async () => {
    const [row] = prepare((await demo()).members).rows;
    const plan = planObservation((row?.fields ?? []).map((field) => ({ ...field, filled: false, typed: false })));
    expect(plan.memberships).toEqual([
      { personRef: 'head', relation: '户主', isHead: true },
      { personRef: 'subject', relation: '配偶', isHead: false },
    ]);
  });

  it('applies the year of the period column to the income rows', async () => {
    const { rows, issues } = prepare((await demo()).income);
    expect(issues).toEqual([]);
    expect(rows.map((row) => row.period)).toEqual(Array.from({ length: 5 }, () => ['2024', '2025']).flat());
    expect(rows[1]?.fields).toEqual([
      { key: 'id-number', value: zhang?.idNumber, entity: 'head' },
      { key: 'household.annual-income', value: zhang?.annualIncome },
      { key: 'household.per-capita-income', value: '4650' },
    ]);
  });

  it('gives 张三 the sample values but for the phone, which conflicts on purpose', async () => {
    const [first] = prepare((await demo()).heads).rows;
    const value = (key: string) => first?.fields.find((field) => field.key === key)?.value;
    expect([value('name'), value('sex'), value('id-number'), value('street-address'), value('household.size')]).toEqual(
      [zhang?.name, zhang?.sex, zhang?.idNumber, zhang?.address, zhang?.householdSize],
    );
    expect(value('tel')).toBe('13900001111');
    expect(value('tel')).not.toBe(zhang?.tel);
  });
});

describe('prepareRows rules', () => {
  const sheet = (header: string[], ...rows: string[][]): LedgerSheet => ({ name: '表', header, rows });

  it('drops an invalid date or value but keeps the row, and trims values', () => {
    const { rows, issues } = prepare(
      sheet(['身份证号码', '出生日期', '联系电话', '姓名'], [` ${id} `, '1990-02-30', '12345', ' 赵六 ']),
    );
    expect(rows).toEqual([
      {
        sheet: '表',
        row: 2,
        fields: [
          { key: 'id-number', value: id },
          { key: 'name', value: '赵六' },
        ],
      },
    ]);
    expect(issues).toEqual([
      { sheet: '表', row: 2, column: '出生日期', problem: 'invalid-date' },
      { sheet: '表', row: 2, column: '联系电话', problem: 'invalid-value' },
    ]);
  });

  it('treats an Excel error shown in a cell as no value', () => {
    const { rows, issues } = prepare(sheet(['身份证号码', '姓名'], [id, '#N/A']));
    expect(rows[0]?.fields).toEqual([{ key: 'id-number', value: id }]);
    expect(issues).toEqual([{ sheet: '表', row: 2, column: '姓名', problem: 'invalid-value' }]);
  });

  it('excludes rows without an ID number of their own, and skips empty rows', () => {
    const { rows, issues } = prepare(sheet(['姓名', '身份证号码'], ['孙七', ''], ['', ' '], ['周八', id]));
    expect(rows.map((row) => row.row)).toEqual([4]);
    expect(issues).toEqual([{ sheet: '表', row: 2, column: '身份证号码', problem: 'no-id-number' }]);
  });

  it('does not take the head’s ID number for a member’s own', () => {
    const { rows, issues } = prepare(
      sheet(['户主身份证号', '成员姓名', '成员身份证号'], [zhang?.idNumber ?? '', '张小明', '']),
    );
    expect(rows).toEqual([]);
    expect(issues).toEqual([{ sheet: '表', row: 2, column: '成员身份证号', problem: 'no-id-number' }]);
  });

  it('excludes a row whose head ID number is wrong', () => {
    const wrongHead = `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
    const { rows, issues } = prepare(sheet(['户主身份证号', '成员身份证号'], [wrongHead, id]));
    expect(rows).toEqual([]);
    expect(issues).toEqual([{ sheet: '表', row: 2, column: '户主身份证号', problem: 'invalid-id-number' }]);
  });

  it('reports a sheet without any ID column row by row', () => {
    const { rows, issues } = prepare(sheet(['姓名'], ['吴九']));
    expect(rows).toEqual([]);
    expect(issues).toEqual([{ sheet: '表', row: 2, column: '', problem: 'no-id-number' }]);
  });

  it('counts rows from the header’s own row number', () => {
    const { issues } = prepareRows(
      { name: '表', header: ['姓名'], rows: [['吴九']], headerRow: 3 },
      proposeMapping(sheet(['姓名'])),
    );
    expect(issues[0]?.row).toBe(4);
  });

  it('reads 2025年 as a period and keeps no yearly figure without a year', () => {
    const header = ['户主身份证号', '年度', '家庭年收入', '家庭人口'];
    const { rows, issues } = prepare(
      sheet(header, [id, '2025年', '1.86万', '3'], [id, '去年', '9800', '3'], [id, '', '', '3']),
    );
    expect(rows.map((row) => [row.period, row.fields.map((field) => field.key)])).toEqual([
      ['2025', ['id-number', 'household.annual-income', 'household.size']],
      [undefined, ['id-number', 'household.size']],
      [undefined, ['id-number', 'household.size']],
    ]);
    expect(issues).toEqual([{ sheet: '表', row: 3, column: '年度', problem: 'invalid-value' }]);
  });
});
