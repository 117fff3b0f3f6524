/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import type { PageField } from '../../../lib/fields';
import { fieldHints } from '../../../lib/fill';

function hintsOf(html: string, label: string): ReturnType<typeof fieldHints> {
  document.body.innerHTML = html;
  const control = document.querySelector('#target') as HTMLInputElement;
  const field: PageField = { control, key: 'household.annual-income', label };
  return fieldHints(field);
}

describe('fieldHints: what the page says beside a field about its format', () => {
  it('reads a note right after the input', () => {
    const hints = hintsOf(
      '<label>出生日期</label><input id="target" maxlength="8"> <span>格式：19800101</span>',
      '出生日期',
    );
    expect(hints.note).toBe('格式：19800101');
    expect(hints.maxLength).toBe(8);
  });

  it('reads a unit addon beside the widget that wraps the input (antd 6 Space.Compact)', () => {
    const html = `<div class="item"><label>家庭年收入</label><div class="control"><div class="compact">
      <div class="number"><input id="target"><div class="actions"><span role="button"></span></div></div>
      <div class="addon">万元</div></div></div></div>`;
    expect(hintsOf(html, '家庭年收入').note).toBe('万元');
  });

  it('reads a layui unit after the input-inline box', () => {
    const html = `<div class="layui-form-item"><label class="layui-form-label">年收入</label>
      <div class="layui-input-inline"><input id="target"></div><div class="layui-form-mid">元</div></div>`;
    expect(hintsOf(html, '年收入').note).toBe('元');
  });

  it('does not read past its own table cell into the next label', () => {
    const html = `<table><tr><td>家庭年收入</td><td><input id="target"></td>
      <td>人均收入（万元）</td><td><input></td></tr></table>`;
    expect(hintsOf(html, '家庭年收入').note).toBe('');
  });

  it('does not read past the form item into the next field', () => {
    const html = `<div class="row"><div class="item"><label>家庭年收入</label><div><input id="target"></div></div>
      <div class="item"><label>人均收入（万元）</label><div><input></div></div></div>`;
    expect(hintsOf(html, '家庭年收入').note).toBe('');
  });
});
