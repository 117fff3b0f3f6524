/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyFields } from '../../../lib/fields';

const keyOf = (html: string) => {
  document.body.innerHTML = html;
  return classifyFields(document.body)[0]?.key;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

// A wrong key puts a wrong value into an official report: when unsure, no key at all.
describe('unknown or ambiguous fields get key null, never a guess', () => {
  it.each([
    ['two keys side by side', '姓名电话'],
    ['a postcode and a town in one field', 'PLZ / Ort'],
    ['an e-mail or a phone number', 'Email or mobile phone number'],
    ['a postcode and a city in one field', 'Postcode & City'],
    ['a phone country code', 'Country code'],
    ['the name on a bank card', 'Name on card'],
    ['a third party’s phone (帮扶责任人)', '帮扶责任人联系电话'],
    ['a landlord’s name', '房东姓名'],
    ['a sub-item of a statistic', '其中：外出务工劳动力'],
    ['a kind of address, not an address', 'Address type'],
    ['a remark', '备注'],
    ['a word that only contains a known word', '参保人员类别'],
  ])('%s: %s', (_, label) => {
    expect(keyOf(`<label for="f">${label}</label><input id="f">`)).toBeNull();
  });

  it('does not take a page’s example placeholder for a label', () => {
    expect(keyOf('<input placeholder="e.g. Bay central west tower">')).toBeNull();
  });

  it('does not read a card holder’s name as the person’s, whatever the label says', () => {
    expect(keyOf('<label for="f">First name</label><input id="f" name="cardHolderFirstName">')).toBeNull();
  });

  it('leaves one part of a split birth date unclassified', () => {
    expect(keyOf('<label for="f">Date of birth</label><select id="f" name="birth_year"></select>')).toBeNull();
  });
});
