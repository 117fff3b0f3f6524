import { describe, expect, it } from 'vitest';
import {
  createRegistry,
  NO_SAVED_DEFINITIONS,
  originOf,
  PORTAL_DEFINITIONS,
  packOf,
  planImport,
  readManagedPolicy,
  readSaved,
  registryEntries,
  withEnabled,
  withImported,
  withoutDefinition,
  withUserDefinition,
} from '../../../lib/portals';

const [dibao, fanpin] = PORTAL_DEFINITIONS as [(typeof PORTAL_DEFINITIONS)[0], (typeof PORTAL_DEFINITIONS)[0]];
const fpjc = {
  ...dibao,
  id: 'fpjc',
  name: '防返贫监测系统',
  match: { urls: ['http://10.12.3.4:8080/fpjc/*', '*://*.mz.gov.cn/dibao/*'] },
  examples: ['http://10.12.3.4:8080/fpjc/'],
};

describe('the host permission a pattern needs', () => {
  it.each([
    ['http://10.12.3.4:8080/fpjc/*', 'http://10.12.3.4/*'],
    ['*://*.mz.gov.cn/dibao/*', '*://*.mz.gov.cn/*'],
    ['https://*/*', 'https://*/*'],
    ['not a pattern', null],
  ])('%s needs %s', (pattern, origin) => expect(originOf(pattern)).toBe(origin));
});

describe('the saved definitions', () => {
  it('are none at first, and refuse a stored value that does not read', () => {
    expect(readSaved(undefined)).toEqual(NO_SAVED_DEFINITIONS);
    expect(readSaved({ user: [{ id: 'x' }], imported: [], disabled: [] })).toBeNull();
  });

  it("rank a person's copy over an imported one over the built-in, and a managed one over all, which cannot be switched off", () => {
    let saved = withImported(NO_SAVED_DEFINITIONS, [{ ...dibao, name: '导入的' }]);
    saved = withUserDefinition(saved, { ...dibao, name: '我的' });
    saved = withEnabled(saved, dibao.id, false);
    const registry = createRegistry(registryEntries(PORTAL_DEFINITIONS, saved, []));
    expect(registry.byId(dibao.id)).toMatchObject({ source: 'user', enabled: false, definition: { name: '我的' } });
    expect(registry.hidden(dibao.id)).toBe('imported');
    const managed = createRegistry(registryEntries(PORTAL_DEFINITIONS, saved, [{ ...dibao, name: '单位的' }]));
    expect(managed.byId(dibao.id)).toMatchObject({ source: 'managed', enabled: true });
  });

  it('bring the built-in back when the copies are deleted', () => {
    const saved = withoutDefinition(withUserDefinition(NO_SAVED_DEFINITIONS, { ...dibao, name: '我的' }), dibao.id);
    expect(createRegistry(registryEntries(PORTAL_DEFINITIONS, saved, [])).byId(dibao.id)?.source).toBe('builtin');
  });
});

describe('planning an import', () => {
  const saved = withUserDefinition(withImported(NO_SAVED_DEFINITIONS, [fpjc]), { ...fanpin, id: 'mine' });
  const registry = createRegistry(registryEntries(PORTAL_DEFINITIONS, saved, []));

  it('sorts a pack into new, changed, the same, and conflicting with what must not be replaced', () => {
    const plan = planImport(
      [
        { ...fpjc, id: 'new-one', match: { urls: ['http://10.9.9.9/*'] } },
        { ...fpjc, version: 2 },
        { ...dibao },
        { ...fanpin, id: 'mine' },
      ],
      registry,
    );
    expect(plan.items.map(({ id, status, current }) => [id, status, current])).toEqual([
      ['new-one', 'new', undefined],
      ['fpjc', 'changed', 'imported'],
      ['dibao-application', 'conflict', 'builtin'],
      ['mine', 'conflict', 'user'],
    ]);
    expect(plan.writes.map((definition) => definition.id)).toEqual(['new-one', 'fpjc']);
    expect(plan.origins).toEqual(['*://*.mz.gov.cn/*', 'http://10.12.3.4/*', 'http://10.9.9.9/*']);
    expect(planImport([fpjc], registry).items[0]?.status).toBe('same');
  });
});

describe('a managed policy', () => {
  it('reads a pack file given as text, and the capture modes', () => {
    const policy = readManagedPolicy({
      pack: JSON.stringify(packOf([fpjc])),
      captureModes: { fpjc: 'always' },
    });
    expect(policy).toEqual({ definitions: [fpjc], captureModes: { fpjc: 'always' }, errors: [] });
  });

  it('refuses a bad pack whole, saying why, and ignores bad modes', () => {
    const policy = readManagedPolicy({ pack: '{"format":', captureModes: { fpjc: 'sometimes' } });
    expect(policy.definitions).toEqual([]);
    expect(policy.captureModes).toEqual({});
    expect(policy.errors).toEqual([{ path: '(the file)', message: 'not JSON' }]);
    expect(readManagedPolicy(undefined)).toEqual({ definitions: [], captureModes: {}, errors: [] });
  });
});
