import { describe, expect, it } from 'vitest';
import { type LedgerSheet, readLedgerFile } from '../../../lib/ledger';
import { makeDemoLedger } from '../../fixtures/ledgers/make-ledger';
import { SAMPLE_PEOPLE } from '../../fixtures/sample-people';
import { workbookBytes } from './helpers';

const sheetNamed = (sheets: LedgerSheet[], name: string) => {
  const sheet = sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

describe('readLedgerFile (.xlsx)', () => {
  it('reads the demo ledger as three sheets with their headers', async () => {
    const sheets = await readLedgerFile('示范村台账.xlsx', await makeDemoLedger());
    expect(sheets.map((sheet) => [sheet.name, sheet.header])).toEqual([
      ['户主信息', ['户编号', '姓名', '性别', '身份证号码', '联系电话', '家庭住址', '家庭人口', '民族']],
      ['家庭成员', ['户主身份证号', '成员姓名', '成员身份证号', '与户主关系', '性别', '出生日期']],
      ['收入情况', ['户主身份证号', '年度', '家庭年收入（元）', '家庭人均纯收入（元）']],
    ]);
    expect(sheets.map((sheet) => sheet.rows.length)).toEqual([5, 11, 10]);
  });

  it('keeps Chinese text intact and shows numbers as plain text', async () => {
    const heads = sheetNamed(await readLedgerFile('台账.xlsx', await makeDemoLedger()), '户主信息');
    const zhang = SAMPLE_PEOPLE[0];
    expect(heads.rows[0]).toEqual(['H001', '张三', '男', zhang?.idNumber, '13900001111', zhang?.address, '4', '汉族']);
  });

  it('shows real Excel dates as YYYY-MM-DD', async () => {
    const members = sheetNamed(await readLedgerFile('台账.xlsx', await makeDemoLedger()), '家庭成员');
    expect(members.rows.map((row) => row[5])).toContain('1982-03-15');
    expect(members.rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row[5] ?? ''))).toBe(true);
  });

  it('shows formulas by their result, decimals without noise', async () => {
    const income = sheetNamed(await readLedgerFile('台账.xlsx', await makeDemoLedger()), '收入情况');
    expect(income.rows.at(-1)?.slice(1)).toEqual(['2025', '12500.5', '6250.25']);
  });

  it('skips a merged title above the header, empty sheets and trailing empty rows', async () => {
    const data = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('花名册');
      sheet.getCell('A1').value = '2025年示范村花名册';
      sheet.mergeCells('A1:C1');
      sheet.getRow(2).values = ['姓名', '身份证号码', '备注'];
      sheet.getRow(3).values = [{ richText: [{ text: '李' }, { text: '四' }] }, '110101', 0.1 + 0.2];
      sheet.getRow(5).values = ['王五'];
      sheet.getRow(9).getCell(1).style = { font: { bold: true } };
      workbook.addWorksheet('空表');
    });
    const [sheet, ...others] = await readLedgerFile('花名册.XLSX', data);
    expect(others).toEqual([]);
    expect(sheet).toEqual({
      name: '花名册',
      header: ['姓名', '身份证号码', '备注'],
      rows: [
        ['李四', '110101', '0.3'],
        ['', '', ''],
        ['王五', '', ''],
      ],
      headerRow: 2,
    });
  });
});
