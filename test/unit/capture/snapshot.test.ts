// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { snapshotSubmission } from '../../../lib/capture';
import type { FormControl, PageField } from '../../../lib/fields';

function form() {
  document.body.innerHTML = `
    <form id="main"><input id="name" value="张三"><input id="tel" value="13800138000"><input id="pwd" type="password" value="secret">
      <input id="empty" value=""><input id="agent-name" value="李四"><input id="name2" value="张三丰"></form>
    <form id="other"><input id="search" value="低保"></form>`;
  const control = (id: string) => document.getElementById(id) as FormControl;
  const fields: PageField[] = [
    { control: control('name'), key: 'name', label: '姓名' },
    { control: control('tel'), key: 'tel', label: '联系电话' },
    { control: control('pwd'), key: 'password', label: '密码' },
    { control: control('empty'), key: 'street-address', label: '住址' },
    { control: control('agent-name'), key: 'name', label: '代理人姓名', entity: 'agent' },
    { control: control('name2'), key: 'name', label: '姓名' },
    { control: control('search'), key: 'household.id', label: '搜索' },
  ];
  return { fields, control };
}

describe('what a submit sends', () => {
  it('takes one value per key and slot from the form submitted, never a secret or an empty field', () => {
    const { fields, control } = form();
    const captured = snapshotSubmission({
      fields,
      filled: new Map([[control('tel'), '13800138000']]),
      typed: new Set([control('name')]),
      scope: document.getElementById('main'),
    });
    expect(captured).toEqual([
      { key: 'name', value: '张三', filled: false, typed: true },
      { key: 'tel', value: '13800138000', filled: true, typed: false },
      { key: 'name', value: '李四', filled: false, typed: false, entity: 'agent' },
    ]);
  });

  it('counts a filled value the person then changed as typed, not filled', () => {
    const { fields, control } = form();
    const [, tel] = snapshotSubmission({
      fields,
      filled: new Map([[control('tel'), '13900000000']]),
      typed: new Set([control('tel')]),
      scope: null,
    });
    expect(tel).toEqual({ key: 'tel', value: '13800138000', filled: false, typed: true });
  });
});
