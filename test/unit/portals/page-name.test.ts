/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { pageName } from '../../../lib/portals';

function page(title: string, body = ''): Document {
  const document = window.document.implementation.createHTMLDocument();
  document.title = title;
  document.body.innerHTML = body;
  return document;
}

describe('a portal without a definition is named from the page itself', () => {
  it('takes the first meaningful part of the title', () => {
    expect(pageName(page('户籍家庭信息采集 - 示范镇便民服务中心'))).toBe('户籍家庭信息采集');
    expect(pageName(page('首页 | 医疗救助申请登记'))).toBe('医疗救助申请登记');
  });

  it('falls back to the main heading, and names nothing rather than a host', () => {
    expect(pageName(page('', '<h1>防止返贫监测对象信息采集</h1>'))).toBe('防止返贫监测对象信息采集');
    expect(pageName(page('', '<p>no name here</p>'))).toBeNull();
  });
});
