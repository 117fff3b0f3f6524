import { describe, expect, it } from 'vitest';
import type { BlindGold } from '../../fixtures/blind/gold';
import { expandExpected, judgeFill, notRestored } from '../../fixtures/blind/judge';

const gold: BlindGold = {
  title: 't',
  library: 'legacy',
  idSelector: '#id',
  controls: [],
  model: {
    name: { expected: '杨秀梅' },
    idNumber: { expected: '522634196807120423' },
    sex: { expected: '2', untickable: true },
    'members.0.name': { expected: '吴国强' },
    fillDate: { expected: '{{today:YYYYMMDD}}' },
  },
};
const typed = { name: '', idNumber: '522634196807120423', sex: '', reason: '', members: [], fillDate: '' };
const day = new Date(2026, 11, 2);

describe('scoring a blind fill from the framework model', () => {
  it('expands today in the field format', () => {
    expect(expandExpected('{{today:YYYY年MM月DD日}}', day)).toBe('2026年12月02日');
    expect(expandExpected(4, day)).toBe(4);
  });

  it('counts what the person typed as not shared, and sorts the rest into correct, wrong and empty', () => {
    const after = { ...typed, name: '杨秀梅', sex: '1', members: [{ name: '', relation: '' }], fillDate: '20261202' };
    expect(judgeFill(gold, typed, after, day)).toEqual({
      shared: ['name', 'sex', 'members.0.name', 'fillDate'],
      correct: ['name', 'fillDate'],
      wrong: [{ path: 'sex', expected: '2', found: '1' }],
      empty: ['members.0.name'],
    });
  });

  it('calls a value written where the gold expects nothing wrong, but not the blanks of an added row', () => {
    const after = { ...typed, reason: '因病', members: [{ name: '吴国强', remark: '' }] };
    expect(judgeFill(gold, typed, after, day).wrong).toEqual([{ path: 'reason', expected: '', found: '因病' }]);
  });

  it('lets a row the fill added hold the id its page makes up, where the gold declares the column', () => {
    const twoRows = { ...gold, model: { ...gold.model, 'members.1.name': { expected: '吴志华' } } };
    const before = { ...typed, members: [{ id: 'row_1', name: '' }] };
    const after = {
      ...typed,
      members: [
        { id: 'row_1', name: '吴国强' },
        { id: 'row_2', name: '吴志华' },
      ],
    };
    expect(judgeFill(twoRows, before, after, day).wrong).toEqual([
      { path: 'members.1.id', expected: '', found: 'row_2' },
    ]);
    expect(judgeFill({ ...twoRows, generated: ['members.*.id'] }, before, after, day).wrong).toEqual([]);
    const undone = {
      ...typed,
      members: [
        { id: 'row_1', name: '' },
        { id: 'row_2', name: '' },
      ],
    };
    expect(notRestored(twoRows, before, undone)).toEqual(['members.1.id']);
    expect(notRestored({ ...twoRows, generated: ['members.*.id'] }, before, undone)).toEqual([]);
  });

  it('lets undo leave only the declared radio groups', () => {
    const undone = { ...typed, sex: '2', members: [{ name: '', remark: '' }] };
    expect(notRestored(gold, typed, undone)).toEqual([]);
    expect(notRestored(gold, typed, { ...undone, name: '杨秀梅' })).toEqual(['name']);
  });
});
