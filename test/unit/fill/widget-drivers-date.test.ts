/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DriveContext } from '../../../lib/fill';
import { datePickerWidget } from '../../../lib/fill/widgets/date-picker';
import type { DatePickerParts } from '../../../lib/fill/widgets/library';
import { CLOSED, layOutOpenParts, shownIn } from './fake-widgets';

const context: DriveContext = { wait: async () => {}, settle: async () => {}, frame: async () => {} };

const parts: DatePickerParts = {
  rootOf: (control) => control.closest('.x-date'),
  disabled: () => false,
  opener: (root) => root.querySelector('input'),
  shown: shownIn,
  input: (root) => root.querySelector('input'),
};

/** A made-up library's picker: it parses what is typed on Enter, and shows its model in its own format. */
const ISO_DAY = (typed: string) => (/^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : null);

function drawPicker(format: (iso: string) => string, earliest = '1900-01-01', parse = ISO_DAY) {
  document.body.innerHTML = `<div class="x-date"><input placeholder="选择日期"><div class="x-date__panel ${CLOSED}"></div></div>`;
  const root = document.querySelector('.x-date') as HTMLElement;
  const input = root.querySelector('input') as HTMLInputElement;
  const panel = root.querySelector('.x-date__panel') as HTMLElement;
  const heard: string[] = [];
  let model = '';
  const show = () => {
    input.value = model && format(model);
  };
  input.addEventListener('click', () => panel.classList.remove(CLOSED));
  for (const type of ['input', 'change']) input.addEventListener(type, () => heard.push(`${type}:${input.value}`));
  input.addEventListener('keydown', (event) => {
    heard.push(`keydown:${event.key}`);
    const typed = input.value;
    // Typed into a closed panel, the text is thrown away, as el-date-picker does.
    const open = !panel.classList.contains(CLOSED);
    const parsed = parse(typed);
    if (event.key !== 'Enter' || !open) return;
    // Text it cannot parse stays in the box, as el-date-picker leaves it, until the box loses focus.
    if (parsed && parsed >= earliest) {
      model = parsed;
      show();
    }
  });
  input.addEventListener('focusout', show);
  return { root, heard };
}

beforeEach(layOutOpenParts);

describe('a date picker', () => {
  it('types 1976-05-03 for 1976年5月3日, with input and change events, and confirms with Enter', async () => {
    const { root, heard } = drawPicker((iso) => iso);
    expect(await datePickerWidget(parts, root).write('1976年5月3日', 'bday', context)).toBe(true);
    expect(shownIn(root)).toBe('1976-05-03');
    expect(heard.slice(0, 3)).toEqual(['input:1976-05-03', 'change:1976-05-03', 'keydown:Enter']);
  });

  it('accepts the date shown in the picker’s own format', async () => {
    const { root } = drawPicker((iso) => iso.replace(/(\d+)-(\d+)-(\d+)/, '$1年$2月$3日'));
    expect(await datePickerWidget(parts, root).write('1976-5-3', 'bday', context)).toBe(true);
    expect(shownIn(root)).toBe('1976年05月03日');
  });

  it('tries the usual display formats in turn where the picker parses only its own (YYYY年MM月DD日)', async () => {
    const chinese = (iso: string) => iso.replace(/(\d+)-(\d+)-(\d+)/, '$1年$2月$3日');
    const onlyChinese = (typed: string) => /^(\d{4})年(\d{2})月(\d{2})日$/.exec(typed)?.slice(1).join('-') ?? null;
    const { root, heard } = drawPicker(chinese, '1900-01-01', onlyChinese);
    expect(await datePickerWidget(parts, root).write('1976-05-03', 'bday', context)).toBe(true);
    expect(shownIn(root)).toBe('1976年05月03日');
    expect(heard.filter((event) => event.startsWith('input:'))).toEqual(['input:1976-05-03', 'input:1976年05月03日']);
  });

  it('says it could not when the picker refuses the date and shows nothing', async () => {
    const { root } = drawPicker((iso) => iso, '2000-01-01');
    expect(await datePickerWidget(parts, root).write('1976年5月3日', 'bday', context)).toBe(false);
    expect(shownIn(root)).toBe('');
  });

  it('refuses a month-only date without typing anything', async () => {
    const { root, heard } = drawPicker((iso) => iso);
    expect(await datePickerWidget(parts, root).write('1976年5月', 'bday', context)).toBe(false);
    expect(heard).toEqual([]);
    expect(shownIn(root)).toBe('');
  });
});
