import { describe, expect, it } from 'vitest';
import { cellText } from '../../../lib/ledger/cell-text';

describe('cellText', () => {
  it('shows empty cells as empty text and strings as they are', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(' 张三 ')).toBe(' 张三 ');
  });

  it('writes numbers as Excel shows them, without binary float noise', () => {
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(13900001111)).toBe('13900001111');
    expect(cellText(6250.25)).toBe('6250.25');
    expect(cellText(-0)).toBe('0');
  });

  it('writes dates as YYYY-MM-DD from their UTC day, adding a time only when there is one', () => {
    expect(cellText(new Date(Date.UTC(1982, 2, 15)))).toBe('1982-03-15');
    expect(cellText(new Date(Date.UTC(2025, 0, 5, 8, 30)))).toBe('2025-01-05 08:30');
    // Excel stores times as fractions of a day; the last millisecond rounds to the whole second.
    expect(cellText(new Date(Date.UTC(2025, 0, 5, 23, 59, 59, 999)))).toBe('2025-01-06');
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 9, 15)))).toBe('09:15');
  });

  it('joins rich text, reads hyperlinks by their text and formulas by their result', () => {
    expect(cellText({ richText: [{ text: '张' }, { text: '三', font: { bold: true } }] })).toBe('张三');
    expect(cellText({ text: '示范村', hyperlink: 'https://example.org' })).toBe('示范村');
    expect(cellText({ formula: 'C2/4', result: 4650 })).toBe('4650');
    expect(cellText({ formula: 'C2/4' })).toBe('');
    expect(cellText({ sharedFormula: 'D2', result: 'x' })).toBe('x');
    expect(cellText({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(cellText(true)).toBe('TRUE');
  });
});
