/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyFields } from '../../../lib/fields';
import { applyPortalKeys, PORTAL_DEFINITIONS, type PortalDefinition } from '../../../lib/portals';

const portal: PortalDefinition = {
  id: 'test-portal',
  name: '测试门户',
  version: 1,
  cycle: 'ad-hoc',
  match: { urls: ['*://test.localhost/*'] },
  examples: ['http://test.localhost/'],
  fields: { '#q1': 'name', 'input[name="q2"]': 'tel' },
  submit: {},
  capture: 'always',
};

beforeEach(() => {
  document.body.innerHTML = `
    <label>备注 <input id="q1"></label>
    <label>姓名 <input name="q2"></label>
    <label>家庭住址 <input name="q3"></label>`;
});

describe('applyPortalKeys', () => {
  it('gives declared fields the definition’s key with confidence 1, over the classifier’s guess', () => {
    const [q1, q2] = applyPortalKeys(classifyFields(document.body), portal, document.body);
    expect(q1).toMatchObject({ key: 'name', confidence: 1, label: '备注' });
    expect(q2).toMatchObject({ key: 'tel', confidence: 1, label: '姓名' });
  });

  it('skips a selector the page cannot read, and takes the entity’s ID field as the ID number', () => {
    const odd = { ...portal, fields: { 'input[name=': 'sex', '#q1': 'name' }, entity: { idField: '[name="q3"]' } };
    const [q1, q2, q3] = applyPortalKeys(classifyFields(document.body), odd, document.body);
    expect(q1).toMatchObject({ key: 'name', confidence: 1 });
    expect(q2?.key).toBe('name');
    expect(q3).toMatchObject({ key: 'id-number', confidence: 1 });
  });

  it('leaves fields the definition does not declare as the classifier saw them', () => {
    const matches = classifyFields(document.body);
    const applied = applyPortalKeys(matches, portal, document.body);
    expect(applied[2]).toBe(matches[2]);
    expect(applied[2]).toMatchObject({ key: 'street-address' });
  });

  it('does not change the matches it was given', () => {
    const matches = classifyFields(document.body);
    const before = matches.map((match) => ({ ...match }));
    applyPortalKeys(matches, portal, document.body);
    expect(matches).toEqual(before);
  });

  it('returns the same matches when there is no definition', () => {
    const matches = classifyFields(document.body);
    const applied = applyPortalKeys(matches, null, document.body);
    expect(applied).toHaveLength(matches.length);
    for (const [i, match] of applied.entries()) expect(match).toBe(matches[i]);
  });

  it('makes every declared field of the fanpin fixture certain and leaves the rest unknown', () => {
    const fixture = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/portals/fanpin/collect.html');
    const page = new DOMParser().parseFromString(readFileSync(fixture, 'utf8'), 'text/html');
    const applied = applyPortalKeys(
      classifyFields(page),
      PORTAL_DEFINITIONS.find((definition) => definition.id === 'fanpin-monitoring') ?? null,
      page,
    );
    const byName = Object.fromEntries(
      applied.map((match) => [match.element.getAttribute('name'), [match.key, match.confidence]]),
    );
    expect(byName).toEqual({
      xm: ['name', 1],
      xb: ['sex', 1],
      sfzh: ['id-number', 1],
      lxdh: ['tel', 1],
      jtzz: ['street-address', 1],
      jtrks: ['household.size', 1],
      jtnsr: ['household.annual-income', 1],
      jclx: [null, 0],
      fxms: [null, 0],
    });
  });
});
