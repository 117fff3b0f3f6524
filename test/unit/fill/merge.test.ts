/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import type { FormControl, PageField } from '../../../lib/fields';
import { oneFieldPerWidget } from '../../../lib/fill';

// What layui leaves in the page for one select: the real one hidden, and the one it draws after it.
const LAYUI_SELECT = `
  <select name="xb" lay-ignore style="display:none"><option value="">请选择</option><option value="1">男</option></select>
  <div class="layui-form-select">
    <div class="layui-select-title"><input readonly placeholder="请选择"></div>
    <dl class="layui-anim layui-anim-upbit"><dd lay-value="">请选择</dd><dd lay-value="1">男</dd></dl>
  </div>`;

function field(selector: string, key: string | null, label: string): PageField {
  return { control: document.querySelector(selector) as FormControl, key, label };
}

beforeEach(() => {
  document.body.innerHTML = `<input id="name">${LAYUI_SELECT}<input id="tel">`;
});

describe('oneFieldPerWidget', () => {
  it('makes the hidden select and the drawn input one field, in the select’s place', () => {
    const fields = [
      field('#name', 'name', '姓名'),
      field('select', null, '性别'),
      field('.layui-select-title input', 'sex', '性别'),
      field('#tel', 'tel', '电话'),
    ];
    const merged = oneFieldPerWidget(fields);
    expect(merged.map((one) => one.key)).toEqual(['name', 'sex', 'tel']);
    expect(merged[1]?.control).toBe(document.querySelector('select'));
  });

  it('keeps the first one’s key when the second was not recognised', () => {
    const merged = oneFieldPerWidget([field('select', 'sex', '性别'), field('.layui-select-title input', null, '')]);
    expect(merged).toEqual([field('select', 'sex', '性别')]);
  });

  it('takes the label with the key when the first had none', () => {
    const merged = oneFieldPerWidget([field('select', null, ''), field('.layui-select-title input', 'sex', '性别')]);
    expect(merged).toEqual([field('select', 'sex', '性别')]);
  });

  it('does not change the fields it was given', () => {
    const first = field('select', null, '性别');
    oneFieldPerWidget([first, field('.layui-select-title input', 'sex', '性别')]);
    expect(first.key).toBeNull();
  });

  it('leaves plain controls one field each, even when they share a key', () => {
    const fields = [field('#name', 'tel', '电话'), field('#tel', 'tel', '电话')];
    expect(oneFieldPerWidget(fields)).toEqual(fields);
  });
});
