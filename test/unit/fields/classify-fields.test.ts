/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyFields, type FieldMatch } from '../../../lib/fields';

/** Classifies the snippet and returns its only field. */
function classifyOne(html: string): FieldMatch {
  document.body.innerHTML = html;
  const matches = classifyFields(document.body);
  expect(matches).toHaveLength(1);
  return matches[0] as FieldMatch;
}

function expectSensibleConfidence(match: FieldMatch): void {
  expect(match.confidence).toBeGreaterThan(0);
  expect(match.confidence).toBeLessThanOrEqual(1);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('classifyFields reads each label layout', () => {
  it('a label[for] pointing at the control', () => {
    const match = classifyOne('<label for="a">姓名</label><input id="a">');
    expect(match).toMatchObject({ key: 'name', label: '姓名' });
    expectSensibleConfidence(match);
  });

  it('a label wrapping the control', () => {
    const match = classifyOne('<label>手机号码 <input></label>');
    expect(match).toMatchObject({ key: 'tel', label: '手机号码' });
    expectSensibleConfidence(match);
  });

  it('an aria-label', () => {
    const match = classifyOne('<input aria-label="出生日期">');
    expect(match).toMatchObject({ key: 'bday', label: '出生日期' });
    expectSensibleConfidence(match);
  });

  it('aria-labelledby, pointing at text elsewhere on the page', () => {
    const match = classifyOne('<span id="email-label">电子邮箱</span><input aria-labelledby="email-label">');
    expect(match).toMatchObject({ key: 'email', label: '电子邮箱' });
    expectSensibleConfidence(match);
  });

  it('a placeholder that contains a synonym inside a longer prompt', () => {
    const match = classifyOne('<input placeholder="请输入联系电话">');
    expect(match).toMatchObject({ key: 'tel', label: '请输入联系电话' });
    expectSensibleConfidence(match);
  });

  it('a legacy table: the previous cell, with a red star, full-width spaces and a colon', () => {
    const match = classifyOne(
      '<table><tr><td><font color="red">*</font>姓　　名：</td><td><input name="q1"></td></tr></table>',
    );
    // The label is shown with its white space collapsed and without the required-field star.
    expect(match).toMatchObject({ key: 'name', label: '姓 名：' });
    expectSensibleConfidence(match);
  });

  it('an Element Plus form item', () => {
    const match = classifyOne(`
      <div class="el-form-item">
        <label class="el-form-item__label">现居住地址</label>
        <div class="el-form-item__content">
          <div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner"></div></div>
        </div>
      </div>`);
    expect(match).toMatchObject({ key: 'street-address', label: '现居住地址' });
    expectSensibleConfidence(match);
  });

  it('a unit in brackets after the label', () => {
    const match = classifyOne('<table><tr><td>家庭年收入（元）：</td><td><input name="q7"></td></tr></table>');
    expect(match).toMatchObject({ key: 'household.annual-income', label: '家庭年收入（元）：' });
    expectSensibleConfidence(match);
  });

  it('falls back to a name hint when there is no label, with less confidence than a label', () => {
    const byName = classifyOne('<input name="sfzh">');
    expect(byName).toMatchObject({ key: 'id-number', label: '' });
    expectSensibleConfidence(byName);
    const byLabel = classifyOne('<label>身份证号码 <input></label>');
    expect(byName.confidence).toBeLessThan(byLabel.confidence);
  });

  it('trusts the label over a contradicting name hint', () => {
    expect(classifyOne('<label>联系电话 <input name="xm"></label>').key).toBe('tel');
  });

  // The options of a wrapped <select> are not label text: 身份证 must not make 证件类型 an id-number.
  it("a wrapping label's text leaves out the options of the select it wraps", () => {
    const match = classifyOne('<label>证件类型 <select><option>身份证</option><option>护照</option></select></label>');
    expect(match.label).toBe('证件类型');
    expect(match.key).toBe('person.id-type');
  });
});

describe('classifyFields collects only data-entry controls', () => {
  it('leaves out hidden, submit, button and reset inputs', () => {
    document.body.innerHTML = `
      <input type="hidden" name="xm" value="张三">
      <input type="submit" value="姓名">
      <input type="button" value="电话">
      <input type="reset">
      <label>姓名 <input type="text"></label>`;
    const matches = classifyFields(document.body);
    expect(matches.map((match) => match.label)).toEqual(['姓名']);
  });

  it('collects selects and textareas in document order', () => {
    document.body.innerHTML = `
      <label>性别 <select name="a"><option value="">请选择</option></select></label>
      <label for="t">家庭住址</label><textarea id="t"></textarea>`;
    expect(classifyFields(document.body).map((match) => match.element.tagName)).toEqual(['SELECT', 'TEXTAREA']);
  });
});

describe('classifyFields says null rather than guess', () => {
  it('gives key null for a label it does not know', () => {
    const match = classifyOne('<label>备注 <input></label>');
    expect(match).toMatchObject({ key: null, label: '备注', confidence: 0 });
  });

  it('gives key null for a label naming two fields equally (姓名电话)', () => {
    expect(classifyOne('<label>姓名电话 <input></label>').key).toBeNull();
  });

  it('gives key null for a control with neither label nor name hint', () => {
    expect(classifyOne('<input name="field_17">')).toMatchObject({ key: null, label: '' });
  });
});

describe('classifyFields reads English labels', () => {
  it.each([
    ['Phone', 'tel'],
    ['Email address', 'email'],
    ['Full name', 'name'],
  ])('%s → %s', (label, key) => {
    const match = classifyOne(`<label for="f">${label}</label><input id="f">`);
    expect(match.key).toBe(key);
    expectSensibleConfidence(match);
  });

  it('does not read Username as a person’s name', () => {
    expect(classifyOne('<label for="u">Username</label><input id="u" name="username">').key).toBe('username');
  });
});

describe('the fanpin collection portal (legacy table layout)', () => {
  const html = readFileSync(
    resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/portals/fanpin/collect.html'),
    'utf8',
  );

  /**
   * The fixture's controls, keyed by their original name, with name and id removed so
   * that only the label can tell the classifier what each field asks for.
   */
  function classifyByLabelOnly(): Map<string, FieldMatch> {
    const page = new DOMParser().parseFromString(html, 'text/html');
    for (const control of page.querySelectorAll('input, select, textarea')) {
      control.setAttribute('data-original-name', control.getAttribute('name') ?? '');
      control.removeAttribute('name');
      control.removeAttribute('id');
    }
    return new Map(
      classifyFields(page.body).map((match) => [match.element.getAttribute('data-original-name') ?? '', match]),
    );
  }

  it('recognises the seven known fields by their labels alone', () => {
    const byName = classifyByLabelOnly();
    const keys = Object.fromEntries([...byName].map(([name, match]) => [name, match.key]));
    expect(keys).toMatchObject({
      xm: 'name',
      xb: 'sex',
      sfzh: 'id-number',
      lxdh: 'tel',
      jtzz: 'street-address',
      jtrks: 'household.size',
      jtnsr: 'household.annual-income',
    });
  });

  it('leaves 监测类型 and 主要风险描述 unknown, and skips the buttons', () => {
    const byName = classifyByLabelOnly();
    expect(byName.get('jclx')).toMatchObject({ key: null, label: '监测类型：' });
    expect(byName.get('fxms')).toMatchObject({ key: null, label: '主要风险描述：' });
    expect(byName.size).toBe(9);
  });
});

describe('classifyFields reads what a label means beside its widget', () => {
  it('an address label on a cascader or a select picks the region, not the street line', () => {
    const cascader = classifyOne(
      '<div class="el-cascader"><div class="el-input"><input readonly aria-label="现居住地" placeholder="请选择"></div></div>',
    );
    expect(cascader.key).toBe('address.region');
    expect(classifyOne('<label for="s">家庭住址</label><select id="s"><option>请选择</option></select>').key).toBe(
      'address.region',
    );
    expect(classifyOne('<label for="t">家庭住址</label><input id="t">').key).toBe('street-address');
  });

  it('a fill date only where its phrase opens the label: 失业登记日期 is a fact about a person', () => {
    expect(classifyOne('<label for="d">* 登记日期：</label><input id="d">').key).toBe('form.fill-date');
    expect(classifyOne('<label for="d">失业登记日期</label><input id="d">').key).toBeNull();
  });

  it('a cascader is never one level, whatever its name attribute says', () => {
    const match = classifyOne('<div class="ant-cascader"><input name="region" aria-label="受灾地点"></div>');
    expect(match.key).toBe('address.region');
  });

  it('a month picker named birthMonth under 出生年月 holds the birth month; a lone select named so is a part', () => {
    const picker = classifyOne(
      '<div class="el-date-editor"><label for="b">出生年月</label><input id="b" placeholder="选择出生年月"></div>',
    );
    expect(picker.key).toBe('bday');
    expect(classifyOne('<label for="m">出生日期</label><select id="m" name="birth_month"></select>').key).toBeNull();
  });

  it('one address label over a township select and an empty village select: each its level, by its options', () => {
    document.body.innerHTML = `<table><tr><td>家庭住址：</td><td>贵州省黔东南州雷山县
      <select name="xz"><option value="">请选择</option><option>西江镇</option><option>丹江镇</option><option>郎德镇</option></select>
      <select name="cun"><option value="">请选择</option></select></td></tr></table>`;
    const keys = classifyFields(document.body).map((match) => match.key);
    expect(keys).toEqual(['address-level4', 'address.village']);
  });
});

describe('what only the neighbours or the layout tell', () => {
  const keysOf = (html: string) => {
    document.body.innerHTML = html;
    return classifyFields(document.body).map(({ key, entity }) => `${key}@${entity ?? 'subject'}`);
  };

  it('a bare 卡号 beside 开户行 is the bank account; alone it is nothing known', () => {
    expect(keysOf('<label for="b">开户行</label><input id="b"><label for="k">卡号</label><input id="k">')).toEqual([
      'bank.name@subject',
      'bank.account@subject',
    ]);
    expect(keysOf('<label for="k">卡号</label><input id="k">')).toEqual(['null@subject']);
  });

  it('a 持卡人 box named cardHolder is the account’s name, though a card-holder attribute vetoes a name', () => {
    expect(keysOf('<label for="c">持卡人</label><input id="cardHolder">')).toEqual(['bank.account-name@subject']);
    expect(keysOf('<label for="f">姓名</label><input id="f" name="cardHolderName">')).toEqual(['null@subject']);
  });

  it('a member list in the middle of a layout table takes its column names from the row above it', () => {
    const row = (n: number) =>
      `<tr><td>${n}</td><td><input></td><td colspan="2"><input></td><td colspan="2"><select></select></td></tr>`;
    const html = `<table>
      <tr><td>姓名</td><td><input></td><td>身份证号码</td><td><input></td><td>联系电话</td><td><input></td></tr>
      <tr><td colspan="6">二、家庭成员情况</td></tr>
      <tr><td>序号</td><td>姓名</td><td colspan="2">身份证号码</td><td colspan="2">与申请人关系</td></tr>
      <tbody>${row(1)}${row(2)}</tbody>
      <tr><td>家庭人口数</td><td><input></td><td>开户银行</td><td><input></td><td>银行账号</td><td><input></td></tr>
      </table>`;
    expect(keysOf(html)).toEqual([
      'name@subject',
      'id-number@subject',
      'tel@subject',
      'name@member-1',
      'id-number@member-1',
      'person.relation-to-head@member-1',
      'name@member-2',
      'id-number@member-2',
      'person.relation-to-head@member-2',
      'household.size@subject',
      'bank.name@subject',
      'bank.account@subject',
    ]);
  });

  it('a guardian who is the applicant (监护人（申请人）信息) fills the applicant’s section', () => {
    expect(keysOf('<h3>监护人（申请人）信息</h3><label>手机号码<input></label>')).toEqual(['tel@subject']);
    expect(keysOf('<h3>监护人信息</h3><label>手机号码<input></label>')).toEqual(['tel@guardian']);
  });

  it('a member’s relation to the insured person (与参保人关系) is to the head who is insured', () => {
    const html = `<table><tr><th>成员姓名</th><th>与参保人关系</th></tr><tr><td><input></td><td><select></select></td></tr></table>`;
    expect(keysOf(html)).toEqual(['name@member-1', 'person.relation-to-head@member-1']);
  });
});

describe('the staff on a form are not its subject', () => {
  it('a 走访人 box whose placeholder asks a name is the visiting staff member’s, not the household’s', () => {
    document.body.innerHTML = '<label for="v">走访人</label><input id="v" placeholder="请输入走访干部姓名">';
    expect(classifyFields(document.body).map(({ key, entity }) => `${key}@${entity}`)).toEqual(['name@agent']);
  });
});
