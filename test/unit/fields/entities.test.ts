/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyFields } from '../../../lib/fields';

const slots = (html: string) => {
  document.body.innerHTML = html;
  return classifyFields(document.body).map(({ key, entity }) => `${key}@${entity ?? 'subject'}`);
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('whose field it is', () => {
  it('groups a member table into member rows by its column headers', () => {
    const row = '<tr><td><input></td><td><input></td><td><input></td></tr>';
    expect(slots(`<table><tr><th>姓名</th><th>与户主关系</th><th>身份证号码</th></tr>${row}${row}</table>`)).toEqual([
      'name@member-1',
      'person.relation-to-head@member-1',
      'id-number@member-1',
      'name@member-2',
      'person.relation-to-head@member-2',
      'id-number@member-2',
    ]);
  });

  it('reads the header of an el-table, drawn as a table of its own', () => {
    expect(
      slots(`<div class="el-table">
        <div class="el-table__header-wrapper"><table><thead><tr><th>姓名</th><th>身份证号码</th></tr></thead></table></div>
        <div class="el-table__body-wrapper"><table><tbody>
          <tr><td><input></td><td><input></td></tr><tr><td><input></td><td><input></td></tr>
        </tbody></table></div></div>`),
    ).toEqual(['name@member-1', 'id-number@member-1', 'name@member-2', 'id-number@member-2']);
  });

  it('tells the applicant from the agent by their fieldsets, and the applicant is the subject', () => {
    expect(
      slots(`<fieldset><legend>申请人信息</legend><label>姓名<input></label></fieldset>
        <fieldset><legend>代理人（经办人）信息</legend><label>姓名<input></label><label>联系电话<input></label></fieldset>`),
    ).toEqual(['name@applicant', 'name@agent', 'tel@agent']);
    expect(slots('<fieldset><legend>申请人信息</legend><label>姓名<input></label></fieldset>')).toEqual([
      'name@subject',
    ]);
  });

  it('takes the slot from the label itself (配偶姓名, 监护人身份证号)', () => {
    expect(slots('<label>配偶姓名<input></label><label>监护人身份证号<input></label>')).toEqual([
      'name@spouse',
      'id-number@guardian',
    ]);
  });

  it('takes the slot from the section heading above the fields', () => {
    expect(
      slots('<h3>户主信息</h3><label>姓名<input></label><h3>紧急联系人</h3><label>联系电话<input></label>'),
    ).toEqual(['name@head', 'tel@contact']);
  });

  it('reads 户主姓名 as the head’s name, and keeps the head out of 与户主关系, the subject’s own', () => {
    expect(slots('<label>户主姓名<input></label><label>与户主关系<input></label>')).toEqual([
      'name@head',
      'person.relation-to-head@subject',
    ]);
  });
});

describe('layouts', () => {
  it('labels each field of a layui item that holds several inline fields', () => {
    expect(
      slots(`<div class="layui-form-item">
        <div class="layui-inline"><label class="layui-form-label">姓名</label><div class="layui-input-inline"><input></div></div>
        <div class="layui-inline"><label class="layui-form-label">证件号码</label><div class="layui-input-inline"><input></div></div>
      </div>`),
    ).toEqual(['name@subject', 'id-number@subject']);
  });

  it('labels a radio group by its item, not by each option', () => {
    document.body.innerHTML = `<div class="el-form-item"><label class="el-form-item__label">性别</label>
      <div class="el-form-item__content"><label class="el-radio"><input type="radio" value="1"><span>男</span></label>
      <label class="el-radio"><input type="radio" value="2"><span>女</span></label></div></div>`;
    expect(classifyFields(document.body).map(({ key, label }) => `${key}:${label}`)).toEqual(['sex:性别', 'sex:性别']);
  });

  it('reads traditional characters and bilingual labels, the Chinese first', () => {
    expect(slots('<label>身份證號碼<input></label><label>戶籍地址 Address of Domicile<input></label>')).toEqual([
      'id-number@subject',
      'address.registered@subject',
    ]);
  });

  it('skips a unit and an indicator code between a statistics label and its input', () => {
    expect(slots('<table><tr><td>总户数</td><td>01</td><td>户</td><td><input></td></tr></table>')).toEqual([
      'village.households@subject',
    ]);
  });
});
