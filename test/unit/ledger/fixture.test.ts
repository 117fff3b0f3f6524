import { describe, expect, it } from 'vitest';
import { readLedgerFile } from '../../../lib/ledger';
import { isValidIdNumber } from '../../../lib/values';
import { BAD_MEMBER, DEMO_HOUSEHOLDS } from '../../fixtures/ledgers/demo-data';
import { makeLargeLedger } from '../../fixtures/ledgers/make-ledger';
import { SAMPLE_PEOPLE } from '../../fixtures/sample-people';

describe('demo ledger data', () => {
  it('has 张三 and 王建国 among five heads, each with one to three members', () => {
    expect(DEMO_HOUSEHOLDS.map((household) => household.head.name)).toHaveLength(5);
    expect(DEMO_HOUSEHOLDS[0]?.head.idNumber).toBe(SAMPLE_PEOPLE[0]?.idNumber);
    expect(DEMO_HOUSEHOLDS[1]?.head.idNumber).toBe(SAMPLE_PEOPLE[2]?.idNumber);
    expect(DEMO_HOUSEHOLDS.every(({ members }) => members.length >= 1 && members.length <= 3)).toBe(true);
  });

  it('gives valid, distinct ID numbers to everyone but the bad member', () => {
    const ids = DEMO_HOUSEHOLDS.flatMap(({ head, members }) => [
      head.idNumber,
      ...members.map((member) => member.idNumber),
    ]);
    expect(ids.every(isValidIdNumber)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(isValidIdNumber(BAD_MEMBER.idNumber)).toBe(false);
  });
});

describe('makeLargeLedger', () => {
  it('builds the same people every time, each with their own valid ID number', async () => {
    const [sheet] = await readLedgerFile('large.xlsx', await makeLargeLedger(2500));
    const [again] = await readLedgerFile('large.xlsx', await makeLargeLedger(2500));
    expect(sheet?.rows).toHaveLength(2500);
    expect(again).toEqual(sheet);
    const ids = sheet?.rows.map((row) => row[2] ?? '') ?? [];
    expect(ids.every(isValidIdNumber)).toBe(true);
    expect(new Set(ids).size).toBe(2500);
  });
});
