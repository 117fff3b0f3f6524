import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  definitionSchema,
  PORTAL_DEFINITIONS,
  patternProblem,
  proposePattern,
  siteDefinitionId,
  teachField,
} from '../../../lib/portals';

const url = 'http://10.12.3.4:8080/fpjc/household/edit.do?id=9';
const input = { url, selector: '#hzxm', pageName: '防返贫监测', pattern: 'http://10.12.3.4:8080/fpjc/*' } as const;

describe('proposing a pattern for a page', () => {
  it.each([
    ['http://10.12.3.4:8080/fpjc/household/edit.do?id=9', 'http://10.12.3.4:8080/fpjc/*'],
    ['https://gov.example.cn/app/#/form', 'https://gov.example.cn/app/*'],
    ['http://dibao.localhost:4610/index.html', 'http://dibao.localhost:4610/*'],
    ['http://dibao.localhost/', 'http://dibao.localhost/*'],
  ])('%s → %s', (page, pattern) => {
    expect(proposePattern(page)).toBe(pattern);
    expect(patternProblem(pattern, page)).toBeNull();
  });

  it('says when a pattern is not one, or leaves the page out', () => {
    expect(patternProblem('10.12.3.4/fpjc', url)).toBe('invalid');
    expect(patternProblem('http://10.12.3.4:8080/other/*', url)).toBe('excludes-page');
  });

  it('names a site definition after its host and port', () => {
    expect(siteDefinitionId(url)).toBe('site-10-12-3-4-8080');
    expect(siteDefinitionId('https://Gov.Example.cn/x')).toBe('site-gov-example-cn');
  });
});

describe('teaching a field', () => {
  it('makes a definition for the site on first use, that asks before capture', () => {
    const taught = teachField(null, { ...input, choice: { kind: 'key', key: 'name' } });
    expect(taught).toEqual({
      id: 'site-10-12-3-4-8080',
      name: '防返贫监测',
      version: 1,
      cycle: 'ad-hoc',
      match: { urls: ['http://10.12.3.4:8080/fpjc/*'] },
      fields: { '#hzxm': 'name' },
      submit: {},
      capture: 'ask',
      examples: [url],
    });
    expect(v.safeParse(definitionSchema, taught).success).toBe(true);
  });

  it('adds to the definition in force, raising its version, and a later choice replaces an earlier one', () => {
    const [dibao] = PORTAL_DEFINITIONS as [(typeof PORTAL_DEFINITIONS)[0]];
    const once = teachField(dibao, { ...input, selector: '#apply-phone', choice: { kind: 'ignore' } });
    expect(once.version).toBe(dibao.version + 1);
    expect(once.fields['#apply-phone']).toBe('ignore');
    expect(once.fields['#apply-name']).toBe('name');
    const twice = teachField(once, { ...input, selector: '#apply-phone', choice: { kind: 'key', key: 'email' } });
    expect(twice.fields['#apply-phone']).toBe('email');
    expect(twice.match).toEqual(dibao.match);
  });

  it('marks the ID field as the entity key, and unmarks it when the field is taught as something else', () => {
    const id = teachField(null, { ...input, selector: '#sfz', choice: { kind: 'id-field' } });
    expect(id.entity).toEqual({ idField: '#sfz' });
    expect(id.fields).toEqual({});
    const changed = teachField(id, { ...input, selector: '#sfz', choice: { kind: 'key', key: 'tel' } });
    expect(changed.entity).toBeUndefined();
    expect(changed.fields).toEqual({ '#sfz': 'tel' });
  });
});
