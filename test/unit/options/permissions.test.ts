import { describe, expect, it } from 'vitest';
import { siteName, webOrigins } from '../../../components/options/permissions';

describe('webOrigins', () => {
  it('keeps web origins only, every site first, then by name, each once', () => {
    expect(
      webOrigins([
        'https://b.gov.cn/*',
        'chrome://favicon/*',
        'https://a.gov.cn/*',
        '*://*/*',
        'file:///*',
        'https://a.gov.cn/*',
        'http://*.c.gov.cn/*',
      ]),
    ).toEqual(['*://*/*', 'http://*.c.gov.cn/*', 'https://a.gov.cn/*', 'https://b.gov.cn/*']);
  });

  it('has none when none is granted', () => {
    expect(webOrigins([])).toEqual([]);
  });
});

describe('siteName', () => {
  it('drops the path and a scheme that holds any', () => {
    expect(siteName('https://a.gov.cn/*')).toBe('https://a.gov.cn');
    expect(siteName('*://*.b.gov.cn/*')).toBe('*.b.gov.cn');
  });

  it('is null for every site', () => {
    expect(siteName('*://*/*')).toBeNull();
    expect(siteName('<all_urls>')).toBeNull();
  });
});
