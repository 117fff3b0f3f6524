import { describe, expect, it } from 'vitest';
import { LedgerFormatError, readLedgerFile } from '../../../lib/ledger';
import { makeDemoLedger, makeDemoLedgerCsv } from '../../fixtures/ledgers/make-ledger';
import { GBK_CHARACTERS, gbkBytes, textBytes } from './helpers';

const CSV = '姓名,身份证号码\r\n张三,110101198001011232\r\n';
const expected = [
  { name: '户主', header: ['姓名', '身份证号码'], rows: [['张三', '110101198001011232']], headerRow: 1 },
];

describe('readLedgerFile (.csv)', () => {
  it('spells the test GBK bytes right', () => {
    expect(new TextDecoder('gbk').decode(gbkBytes(GBK_CHARACTERS))).toBe(GBK_CHARACTERS);
    expect(Buffer.from(gbkBytes('姓名')).toString('hex')).toBe('d0d5c3fb');
  });

  it('reads UTF-8 with a BOM, UTF-8 without one and GBK alike', async () => {
    expect(await readLedgerFile('户主.csv', textBytes(`\uFEFF${CSV}`))).toEqual(expected);
    expect(await readLedgerFile('户主.csv', textBytes(CSV))).toEqual(expected);
    expect(await readLedgerFile('户主.csv', gbkBytes(CSV))).toEqual(expected);
  });

  it('reads the demo CSV as the 户主信息 sheet of the workbook', async () => {
    const [fromCsv] = await readLedgerFile('户主信息.csv', textBytes(makeDemoLedgerCsv()));
    const [fromXlsx] = await readLedgerFile('台账.xlsx', await makeDemoLedger());
    expect(fromCsv).toEqual(fromXlsx);
  });

  it('refuses a CSV whose quotes do not close rather than misplace its values', async () => {
    await expect(readLedgerFile('坏.csv', textBytes('姓名,住址\n张三,"幸福村\n李四,向阳村\n'))).rejects.toThrow(
      LedgerFormatError,
    );
  });
});

describe('readLedgerFile (other files)', () => {
  it.each(['台账.xls', '台账.et', '台账.pdf', '台账'])('refuses %s, naming the supported formats', async (name) => {
    const error = await readLedgerFile(name, new ArrayBuffer(8)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LedgerFormatError);
    expect((error as Error).message).toMatch(/\.xlsx.*\.csv/);
    expect((error as Error).message).toContain(name);
  });
});
