/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import type { FormControl } from '../../../lib/fields';
import { valueForInput, writeControlValue } from '../../../lib/fill/set-value';

function control<T extends FormControl>(html: string): T {
  document.body.innerHTML = html;
  return document.body.firstElementChild as T;
}

function input(type: string): HTMLInputElement {
  return control(`<input type="${type}">`);
}

const MARITAL =
  '<select><option value="">请选择</option><option value="10">未婚</option><option value="20">已婚</option><option value="30">丧偶</option></select>';

describe('valueForInput', () => {
  it('gives a date input the YYYY-MM-DD it accepts from a date written in Chinese', () => {
    expect(valueForInput(input('date'), '1976年5月3日', 'bday')).toBe('1976-05-03');
  });

  it.each(['1976年5月', '1976-02-30', '某年某月'])('refuses %s for a date input rather than invent a day', (value) => {
    expect(valueForInput(input('date'), value, null)).toBeNull();
  });

  it('gives a month input YYYY-MM, from a full date or a month', () => {
    expect(valueForInput(input('month'), '1976年5月3日', null)).toBe('1976-05');
    expect(valueForInput(input('month'), '1976年5月', null)).toBe('1976-05');
    expect(valueForInput(input('month'), '1976年13月', null)).toBeNull();
  });

  it('gives a number input the number the field’s normaliser reads (1.52万 yuan → 15200)', () => {
    expect(valueForInput(input('number'), '1.52万', 'household.annual-income')).toBe('15200');
  });

  it('gives a number input a plain number as it is, and refuses anything else', () => {
    expect(valueForInput(input('number'), ' 42 ', null)).toBe('42');
    expect(valueForInput(input('number'), '-3.5', null)).toBe('-3.5');
    expect(valueForInput(input('number'), '1.52万', null)).toBeNull();
    expect(valueForInput(input('number'), '很多', 'household.annual-income')).toBeNull();
  });

  it('refuses a number the field itself rejects, though it looks like one (2.5 people)', () => {
    expect(valueForInput(input('number'), '2.5', 'household.size')).toBeNull();
    expect(valueForInput(input('number'), '3', 'household.size')).toBe('3');
  });

  it('passes a text input, a select and an empty value through unchanged', () => {
    expect(valueForInput(input('text'), '1976年5月3日', null)).toBe('1976年5月3日');
    expect(valueForInput(control(MARITAL), '已婚', 'person.marital-status')).toBe('已婚');
    expect(valueForInput(input('date'), '', null)).toBe('');
  });
});

describe('writeControlValue', () => {
  it('writes a date input in its own terms, with the events frameworks hear', () => {
    const date = input('date');
    const heard = vi.fn();
    date.addEventListener('input', heard);
    date.addEventListener('change', heard);
    expect(writeControlValue(date, '1976年5月3日')).toBe(true);
    expect(date.value).toBe('1976-05-03');
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('refuses a month-only date for a date input and leaves the input alone', () => {
    const date = input('date');
    date.value = '2000-01-01';
    const heard = vi.fn();
    date.addEventListener('input', heard);
    expect(writeControlValue(date, '1976年5月')).toBe(false);
    expect(date.value).toBe('2000-01-01');
    expect(heard).not.toHaveBeenCalled();
  });

  it('writes a number input the normalised amount and refuses words', () => {
    const number = input('number');
    expect(writeControlValue(number, '1.52万', 'household.annual-income')).toBe(true);
    expect(number.value).toBe('15200');
    expect(writeControlValue(number, '不详', 'household.annual-income')).toBe(false);
    expect(number.value).toBe('15200');
  });

  it.each([
    ['its text', '已婚'],
    ['its code', '20'],
    ['a synonym in the field’s code list', '有配偶'],
  ])('picks a select option by %s', (_, value) => {
    const select = control<HTMLSelectElement>(MARITAL);
    expect(writeControlValue(select, value, 'person.marital-status')).toBe(true);
    expect(select.value).toBe('20');
  });

  it('refuses a synonym when no key says which code list to read it by', () => {
    const select = control<HTMLSelectElement>(MARITAL);
    expect(writeControlValue(select, '有配偶')).toBe(false);
    expect(select.value).toBe('');
  });

  it('empties a select for an empty value', () => {
    const select = control<HTMLSelectElement>(MARITAL);
    select.value = '30';
    expect(writeControlValue(select, '', 'person.marital-status')).toBe(true);
    expect(select.value).toBe('');
  });
});
