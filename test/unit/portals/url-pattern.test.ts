import { describe, expect, it } from 'vitest';
import { parseUrlPattern, urlPatternIncludes } from '../../../lib/portals';

const includes = (pattern: string, url: string) => {
  const parsed = parseUrlPattern(pattern);
  if (typeof parsed === 'string') throw new Error(parsed);
  return urlPatternIncludes(parsed, new URL(url));
};

describe('URL patterns', () => {
  it('match an intranet portal by address, port and path', () => {
    expect(includes('http://10.12.3.4:8080/fpjc/*', 'http://10.12.3.4:8080/fpjc/index.do?m=1')).toBe(true);
    expect(includes('http://10.12.3.4:8080/fpjc/*', 'http://10.12.3.4:8081/fpjc/')).toBe(false);
    expect(includes('http://10.12.3.4:8080/fpjc/*', 'http://10.12.3.4:8080/other/')).toBe(false);
    expect(includes('http://10.12.3.4:80/*', 'http://10.12.3.4/')).toBe(true);
  });

  it('match any port when none is named, and subdomains only under *.', () => {
    expect(includes('*://dibao.localhost/apply/*', 'http://dibao.localhost:4610/apply/')).toBe(true);
    expect(includes('*://*.gov.cn/*', 'https://zwfw.hunan.gov.cn/x')).toBe(true);
    expect(includes('*://*.gov.cn/*', 'https://gov.cn/')).toBe(true);
    expect(includes('*://gov.cn/*', 'https://zwfw.gov.cn/')).toBe(false);
    expect(includes('https://a.example/*', 'http://a.example/')).toBe(false);
  });

  it.each([
    ['ftp://a.example/*', 'scheme'],
    ['*://a.example', 'path'],
    ['*://a*b.example/*', 'wildcard inside a host'],
    ['*://a.example:99999/*', 'port out of range'],
    ['*://exa mple.com/*', 'space'],
    ['', 'empty'],
  ])('refuse %s (%s)', (pattern) => {
    expect(typeof parseUrlPattern(pattern)).toBe('string');
  });
});
