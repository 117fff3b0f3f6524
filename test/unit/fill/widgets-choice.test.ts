/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import type { DriveContext } from '../../../lib/fill';
import { choiceWidget } from '../../../lib/fill/widgets/choice';

const context: DriveContext = { wait: async () => {}, settle: async () => {}, frame: async () => {} };

function options(html: string): HTMLInputElement[] {
  document.body.innerHTML = html;
  return Array.from(document.querySelectorAll('input'));
}

const SEXES =
  '<label><input type="radio" name="xb" value="1"> 男 Male</label><label><input type="radio" name="xb" value="2"> 女 Female</label>';
const CAUSES = ['因病', '因残', '因学']
  .map((cause) => `<label><input type="checkbox" name="zpyy" value="${cause}"> ${cause}</label>`)
  .join('');

describe('a radio group', () => {
  it('clicks the option that means the value, so the page hears a real choice', async () => {
    const radios = options(SEXES);
    const clicks = vi.fn();
    radios[1]?.addEventListener('click', clicks);
    expect(await choiceWidget(radios).write('女', 'sex', context)).toBe(true);
    expect(radios.map((option) => option.checked)).toEqual([false, true]);
    expect(clicks).toHaveBeenCalledOnce();
  });

  it('finds the option by its standard code when the text differs (女性 → value 2)', async () => {
    const radios = options(SEXES);
    expect(await choiceWidget(radios).write('女性', 'sex', context)).toBe(true);
    expect(radios[1]?.checked).toBe(true);
  });

  it('reports a value no option means, and changes nothing', async () => {
    const radios = options(SEXES);
    expect(await choiceWidget(radios).write('未知', 'sex', context)).toBe(false);
    expect(radios.some((option) => option.checked)).toBe(false);
  });

  it('clears a plain group for undo', async () => {
    const radios = options(SEXES);
    const widget = choiceWidget(radios);
    await widget.write('男', 'sex', context);
    expect(await widget.write('', 'sex', context)).toBe(true);
    expect(widget.read()).toBe('');
  });

  it('never unticks a radio a framework draws from its model, and says it could not', async () => {
    const radios = options(SEXES.replaceAll('<label>', '<label class="el-radio">'));
    const widget = choiceWidget(radios);
    await widget.write('男', 'sex', context);
    expect(await widget.write('', 'sex', context)).toBe(false);
    expect(radios[0]?.checked).toBe(true);
  });
});

describe('a checkbox group', () => {
  it('ticks every cause a ledger cell lists, and nothing else', async () => {
    const boxes = options(CAUSES);
    const widget = choiceWidget(boxes);
    expect(await widget.write('因病、因学', 'household.poverty-causes', context)).toBe(true);
    expect(boxes.map((box) => box.checked)).toEqual([true, false, true]);
    expect(widget.read()).toBe('因病、因学');
  });

  it('lets the page settle between clicks and before checking, as Vue needs to hear each one', async () => {
    const boxes = options(CAUSES);
    const settle = vi.fn(async () => {});
    await choiceWidget(boxes).write('因病,因学', 'household.poverty-causes', { ...context, settle });
    expect(settle).toHaveBeenCalledTimes(2);
  });

  it('refuses a list with a cause the form does not offer, and ticks nothing', async () => {
    const boxes = options(CAUSES);
    expect(await choiceWidget(boxes).write('因病、因灾', 'household.poverty-causes', context)).toBe(false);
    expect(boxes.some((box) => box.checked)).toBe(false);
  });

  it('clicks layui’s drawn stand-in, not the hidden input, so its picture and model agree', async () => {
    const boxes = options(
      ['因病', '因学']
        .map(
          (cause) =>
            `<input type="checkbox" name="causes[]" value="${cause}" title="${cause}" style="display:none"><div class="layui-form-checkbox"><div>${cause}</div></div>`,
        )
        .join(''),
    );
    const drawn = Array.from(document.querySelectorAll<HTMLElement>('.layui-form-checkbox'));
    drawn.forEach((box, index) => {
      box.addEventListener('click', () => {
        const input = boxes[index] as HTMLInputElement;
        input.checked = !input.checked;
      });
    });
    const widget = choiceWidget(boxes);
    expect(widget.boxes).toEqual(drawn);
    expect(await widget.write('因学', 'household.poverty-causes', context)).toBe(true);
    expect(boxes.map((box) => box.checked)).toEqual([false, true]);
  });
});
