/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { findAddRowButton } from '../../../lib/fill';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('the page’s own button for one more member row', () => {
  it('is the add button nearest the last member row', () => {
    const doc = page(`<button id="new">新增</button>
      <div id="list"><div class="row"><input id="last"></div><button id="add">+ 添加一行数据</button></div>`);
    expect(findAddRowButton([doc], doc.getElementById('last'))?.id).toBe('add');
  });

  it('with no row yet, is a button that speaks of members, or one beside an empty member table', () => {
    expect(findAddRowButton([page('<button id="a">新增成员</button>')], null)?.id).toBe('a');
    const beside = page(
      `<div><button id="b">添加</button><table><tr><th>姓名</th><th>身份证号</th></tr></table></div>`,
    );
    expect(findAddRowButton([beside], null)?.id).toBe('b');
  });

  it('with no row yet, is the one that says 成员 over a list page’s 新增 beside its own table of names', () => {
    const doc = page(`<div><button id="new">+ 新增</button><table><tr><th>申请人姓名</th></tr></table></div>
      <div role="dialog"><table><tr><th>姓名</th><th>证件号码</th></tr></table><button id="member">+ 添加家庭成员</button></div>`);
    expect(findAddRowButton([doc], null)?.id).toBe('member');
  });

  it('reads a two-character label antd spaces out (新 增) as the word it is', () => {
    const doc = page(`<div class="tabpane"><div><button id="add"><span>新 增</span></button></div>
      <div class="ant-table"><table><thead><tr><th>姓名</th><th>身份证号</th></tr></thead><tbody></tbody></table></div></div>`);
    expect(findAddRowButton([doc], null)?.id).toBe('add');
  });

  it('is never a list page’s 新增, which opens another record', () => {
    expect(findAddRowButton([page('<button>新增</button><form><input></form>')], null)).toBeNull();
  });
});
