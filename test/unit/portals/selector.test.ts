// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectorFor } from '../../../lib/portals';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const pick = (selector: string) => document.querySelector(selector) as Element;

describe('a selector for a taught field', () => {
  it('uses a lasting id', () => {
    page('<input id="hzxm"><input id="el-id-1024-12" name="sfz">');
    expect(selectorFor(pick('#hzxm'))).toBe('#hzxm');
  });

  it('passes over ids a UI library numbers on each render, for the name', () => {
    page('<input id="el-id-1024-12" name="sfz"><input id="rc_select_3" placeholder="请选择民族">');
    expect(selectorFor(pick('[name=sfz]'))).toBe('input[name="sfz"]');
    expect(selectorFor(pick('[placeholder]'))).toBe('input[placeholder="请选择民族"]');
  });

  it('names a radio group by its name, so every option is the one field', () => {
    page('<input type="radio" name="xb" value="1"><input type="radio" name="xb" value="2">');
    expect(selectorFor(pick('[value="2"]'))).toBe('input[name="xb"]');
  });

  it('falls back to the place under the nearest lasting ancestor, and finds the field again', () => {
    page('<form id="household"><div><input></div><div><input><input></div></form>');
    const field = document.querySelectorAll('input')[2] as Element;
    const selector = selectorFor(field);
    expect(selector).toBe('#household > div:nth-of-type(2) > input:nth-of-type(2)');
    expect(document.querySelector(selector)).toBe(field);
  });

  it('quotes what CSS would misread', () => {
    page('<input id="user.name"><input name=\'a"b\'>');
    expect(selectorFor(pick('input'))).toBe('[id="user.name"]');
    expect(document.querySelector(selectorFor(document.querySelectorAll('input')[1] as Element))).toBe(
      document.querySelectorAll('input')[1],
    );
  });
});
