import { describe, expect, it } from 'vitest';
import { dateFormatFromHints } from '../../../lib/fill/date-format';
import { formatForField } from '../../../lib/fill/format-value';
import type { FieldHints } from '../../../lib/fill/types';

const text = (hints: Partial<FieldHints>): FieldHints => ({
  label: '',
  placeholder: '',
  note: '',
  maxLength: null,
  inputType: 'text',
  widget: 'text',
  ...hints,
});

describe('a held value in the format the field asks for', () => {
  it('writes a birth date as the note beside an 8-character box shows it', () => {
    expect(formatForField('bday', '1968-07-12', text({ maxLength: 8, note: '格式：19800101' }))).toEqual({
      value: '19680712',
    });
  });

  it('follows a spelled-out placeholder, and gives 出生年月 the month only', () => {
    expect(formatForField('bday', '1968-07-12', text({ placeholder: 'yyyy年MM月dd日' }))).toEqual({
      value: '1968年07月12日',
    });
    expect(formatForField('bday', '1968-07-12', text({ label: '出生年月', placeholder: 'yyyy-MM' }))).toEqual({
      value: '1968-07',
    });
  });

  it('leaves the field when its hints disagree or no format fits its length', () => {
    expect(formatForField('bday', '1968-07-12', text({ placeholder: 'yyyy-MM-dd', maxLength: 8 }))).toEqual({
      uncertain: 'date-too-long',
    });
    expect(dateFormatFromHints(['1980-01-01', '19800101'], null)).toEqual({ uncertain: 'hints-disagree' });
    expect(dateFormatFromHints([], 6)).toEqual({ uncertain: 'no-hint' });
    expect(dateFormatFromHints(['请选择出生日期'], null)).toEqual({ uncertain: 'no-hint' });
  });

  it('states an income in the 万元 the label asks for', () => {
    expect(formatForField('household.annual-income', '32600', text({ label: '家庭年收入（万元）' }))).toEqual({
      value: '3.26',
    });
    expect(formatForField('household.annual-income', '32600', text({ label: '家庭年纯收入' }))).toEqual({
      value: '32600',
    });
  });

  it('hands a date picker the date as it is: the picker is typed into in its own terms', () => {
    expect(formatForField('bday', '1968-07-12', text({ widget: 'date-picker', maxLength: 8 }))).toEqual({
      value: '1968-07-12',
    });
  });
});
