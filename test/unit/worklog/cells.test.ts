import { describe, expect, it } from 'vitest';
import { workLogCells } from '../../../lib/worklog';

describe('a work log row as printed and written to the workbook', () => {
  it('names the items in the reader’s words and counts them, the time on the local clock', () => {
    const row = {
      at: new Date(2026, 9, 12, 9, 5).getTime(),
      portal: 'dibao',
      portalName: '低保申请',
      subject: '张秀英',
      idNumber: '5226**********0423',
      items: ['name', 'tel'],
      filled: 1,
      typed: 1,
    };
    expect(workLogCells(row, (keys) => keys.map((key) => `<${key}>`).join('+'))).toEqual({
      at: '2026-10-12 09:05',
      portal: '低保申请',
      subject: '张秀英',
      idNumber: '5226**********0423',
      items: '<name>+<tel>',
      count: 2,
      filled: 1,
      typed: 1,
    });
  });
});
