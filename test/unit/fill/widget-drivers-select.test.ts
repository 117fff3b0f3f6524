/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DriveContext } from '../../../lib/fill';
import { drawSelect, isOpen, layOutOpenParts, optionsHtml, selectParts, selectWidget } from './fake-widgets';

const context: DriveContext = { wait: async () => {}, settle: async () => {}, frame: async () => {} };
const { clearer: _, ...withoutClearer } = selectParts;

const MARITAL = optionsHtml([
  ['', '请选择'],
  ['10', '未婚'],
  ['20', '已婚'],
  ['30', '丧偶'],
]);

beforeEach(layOutOpenParts);

describe('a component library’s select', () => {
  it.each(['已婚', '有配偶', '20'])('opens and picks 已婚 for %s, by the field’s code list', async (value) => {
    const root = drawSelect(MARITAL);
    const widget = selectWidget(root);
    expect(await widget.write(value, 'person.marital-status', context)).toBe(true);
    expect(widget.read()).toBe('已婚');
    expect(isOpen(root)).toBe(false);
  });

  it('says it could not when the widget never shows the option it was given', async () => {
    const root = drawSelect(MARITAL);
    // A select whose model refuses the choice: the click goes nowhere and the box stays empty.
    root.querySelector('ul')?.addEventListener('click', (event) => event.stopPropagation());
    expect(await selectWidget(root).write('已婚', 'person.marital-status', context)).toBe(false);
  });

  it('refuses a value no option means, and closes the dropdown without choosing', async () => {
    const root = drawSelect(MARITAL);
    const pressedEscape = vi.fn();
    root.addEventListener('keydown', (event) => event.key === 'Escape' && pressedEscape());
    expect(await selectWidget(root).write('离婚', 'person.marital-status', context)).toBe(false);
    expect(pressedEscape).toHaveBeenCalled();
    expect(isOpen(root)).toBe(false);
    expect(selectWidget(root).read()).toBe('');
  });
});

describe('clearing a select', () => {
  it('uses the clear icon when the select has one, without opening it', async () => {
    const root = drawSelect(MARITAL);
    const widget = selectWidget(root);
    await widget.write('丧偶', 'person.marital-status', context);
    const opened = vi.fn();
    selectParts.opener(root)?.addEventListener('click', opened);
    expect(await widget.write('', 'person.marital-status', context)).toBe(true);
    expect(widget.read()).toBe('');
    expect(opened).not.toHaveBeenCalled();
  });

  it('chooses the 请选择 option when the select has no clear icon', async () => {
    const root = drawSelect(MARITAL);
    const widget = selectWidget(root, withoutClearer);
    await widget.write('未婚', 'person.marital-status', context);
    expect(await widget.write('', 'person.marital-status', context)).toBe(true);
    expect(widget.read()).toBe('');
    expect(isOpen(root)).toBe(false);
  });

  it('says it cannot clear a select with neither, and closes it again', async () => {
    const root = drawSelect(MARITAL.replace('<li data-value="">请选择</li>', ''));
    const widget = selectWidget(root, withoutClearer);
    await widget.write('未婚', 'person.marital-status', context);
    expect(await widget.write('', 'person.marital-status', context)).toBe(false);
    expect(widget.read()).toBe('未婚');
    expect(isOpen(root)).toBe(false);
  });

  it('has nothing to do for a select already empty, and does not open it', async () => {
    const root = drawSelect(MARITAL);
    expect(await selectWidget(root, withoutClearer).write('', 'person.marital-status', context)).toBe(true);
    expect(isOpen(root)).toBe(false);
  });
});
