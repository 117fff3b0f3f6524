import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PACK_DEFINITIONS, PORTAL_DEFINITIONS, type PortalDefinition, packOf } from '../../../lib/portals';
import { openRecords, type RecordsDb } from '../../../lib/records';
import { createDefinitionHandlers } from '../../../lib/service';
import { memoryDefinitions } from './memory-definitions';

const [dibao] = PORTAL_DEFINITIONS as [PortalDefinition];
const fpjc: PortalDefinition = {
  ...dibao,
  id: 'fpjc',
  name: '防返贫监测系统',
  match: { urls: ['http://10.12.3.4:8080/fpjc/*'] },
  examples: ['http://10.12.3.4:8080/fpjc/'],
};
const page = { id: 'x', url: 'http://10.12.3.4:8080/fpjc/edit.do', tab: { id: 4 }, frameId: 0 };
const unlisted = { ...page, url: 'http://10.20.0.1/jzfp/form.html' };
const options = { id: 'x', url: 'chrome-extension://x/options.html' };

let db: RecordsDb;
let run = 0;
beforeEach(async () => {
  db = await openRecords(`definition-handlers-${++run}`);
});
afterEach(() => db.close());

function setUp(store: { saved?: unknown; managed?: unknown } = {}) {
  const definitions = memoryDefinitions(store);
  return {
    definitions,
    handlers: createDefinitionHandlers(
      definitions,
      async () => db,
      () => '2026-12-06',
    ),
  };
}

const teach = (selector: string, key: string, definitionId: string | null = null) => ({
  definitionId,
  selector,
  choice: { kind: 'key' as const, key },
  pattern: 'http://10.20.0.1/jzfp/*',
  pageName: '精准扶贫',
});

describe('teaching a site', () => {
  it('makes the site a definition of its own on first use, and adds to it after', async () => {
    const { handlers } = setUp();
    const first = await handlers['contentToBackground:teachField'](teach('#xm', 'name'), unlisted);
    expect(first.definition).toMatchObject({ id: 'site-10-20-0-1', name: '精准扶贫', fields: { '#xm': 'name' } });
    const second = await handlers['contentToBackground:teachField'](teach('#dh', 'tel', 'site-10-20-0-1'), unlisted);
    expect(second.definition.fields).toEqual({ '#xm': 'name', '#dh': 'tel' });
    expect(await handlers['contentToBackground:getDefinitions']({}, unlisted)).toEqual([second.definition]);
  });

  it('refuses a pattern that leaves out the page, and a definition that does not hold it', async () => {
    const { handlers, definitions } = setUp();
    await expect(
      handlers['contentToBackground:teachField'](
        { ...teach('#xm', 'name'), pattern: 'http://10.20.0.1/other/*' },
        unlisted,
      ),
    ).rejects.toThrow('the pattern does not hold this page');
    await expect(
      handlers['contentToBackground:teachField'](teach('#xm', 'name', 'dibao-application'), unlisted),
    ).rejects.toThrow('does not hold this page');
    expect(definitions.stored()).toBeUndefined();
  });

  it("keeps a copy of an imported definition as the person's own, and never changes a managed one", async () => {
    const { handlers } = setUp({ saved: { user: [], imported: [fpjc], disabled: [] } });
    const { definition } = await handlers['contentToBackground:teachField'](teach('#hzxm', 'name', 'fpjc'), page);
    expect(definition).toMatchObject({ id: 'fpjc', version: 2 });
    const list = await handlers['optionsToBackground:listDefinitions']({}, options);
    expect(list.find((view) => view.definition.id === 'fpjc')).toMatchObject({ source: 'user', hides: 'imported' });

    const managed = setUp({ managed: { pack: JSON.stringify(packOf([fpjc])) } });
    await expect(
      managed.handlers['contentToBackground:teachField'](teach('#hzxm', 'name', 'fpjc'), page),
    ).rejects.toThrow('managed');
    await expect(
      managed.handlers['optionsToBackground:updateDefinition']({ id: 'fpjc', enabled: false }, options),
    ).rejects.toThrow('managed');
    await expect(managed.handlers['optionsToBackground:deleteDefinition']({ id: 'fpjc' }, options)).rejects.toThrow(
      'managed',
    );
  });
});

describe('the options page', () => {
  it("renames, edits patterns and switches off, through the person's own copy", async () => {
    const { handlers, definitions } = setUp();
    const renamed = await handlers['optionsToBackground:updateDefinition'](
      { id: dibao.id, name: '低保', urls: ['http://dibao.localhost/new/*'] },
      options,
    );
    expect(renamed).toMatchObject({ source: 'user', hides: 'builtin', definition: { name: '低保', version: 2 } });
    const off = await handlers['optionsToBackground:updateDefinition']({ id: dibao.id, enabled: false }, options);
    expect(off.enabled).toBe(false);
    expect(
      await handlers['contentToBackground:getDefinitions']({}, { ...page, url: 'http://dibao.localhost/new/' }),
    ).toEqual([]);
    await expect(
      handlers['optionsToBackground:updateDefinition']({ id: dibao.id, urls: ['dibao.localhost'] }, options),
    ).rejects.toThrow('not a URL pattern');
    expect(definitions.changes()).toBe(2);
  });

  it("deletes a person's copy, bringing the built-in back, and refuses to delete a built-in", async () => {
    const { handlers } = setUp();
    await handlers['optionsToBackground:updateDefinition']({ id: dibao.id, name: '低保' }, options);
    expect(await handlers['optionsToBackground:deleteDefinition']({ id: dibao.id }, options)).toEqual({
      deleted: true,
    });
    const list = await handlers['optionsToBackground:listDefinitions']({}, options);
    expect(list.find((view) => view.definition.id === dibao.id)).toMatchObject({ source: 'builtin', hides: null });
    await expect(handlers['optionsToBackground:deleteDefinition']({ id: dibao.id }, options)).rejects.toThrow(
      'built-in',
    );
  });

  it('exports the chosen definitions as a pack that imports elsewhere as the same', async () => {
    const here = setUp({ saved: { user: [fpjc], imported: [], disabled: [] } });
    const file = await here.handlers['optionsToBackground:exportDefinitions']({ ids: ['fpjc'] }, options);
    expect(file.fileName).toBe('fillonce-definitions-2026-12-06.json');
    expect(JSON.parse(file.content)).toEqual(packOf([fpjc]));
    const elsewhere = setUp();
    const preview = await elsewhere.handlers['optionsToBackground:previewImport']({ content: file.content }, options);
    expect(preview).toEqual({
      ok: true,
      items: [{ id: 'fpjc', name: '防返贫监测系统', status: 'new' }],
      origins: ['http://10.12.3.4/*'],
    });
    expect(elsewhere.definitions.stored()).toBeUndefined();
    await elsewhere.handlers['optionsToBackground:importDefinitions']({ content: file.content }, options);
    expect(await elsewhere.handlers['contentToBackground:getDefinitions']({}, page)).toEqual([fpjc]);
  });
});

describe('importing a malformed pack', () => {
  const pack = (definitions: unknown[], extra: object = {}) =>
    JSON.stringify({ format: 'fillonce-definitions', schemaVersion: 1, definitions, ...extra });
  it.each<[string, string]>([
    ['not JSON', '{"format": "fillonce-definitions",'],
    ['an empty file', ''],
    ['a huge file', ' '.repeat(4 * 1024 * 1024 + 1)],
    ['JSON that is not a pack', '[1, 2, 3]'],
    ['a pack from a newer schema version', pack([fpjc], { schemaVersion: 2 })],
    ['a missing id', pack([{ ...fpjc, id: undefined }])],
    ['a duplicate id', pack([fpjc, { ...fpjc, name: '另一个' }])],
    ['wrong types', pack([{ ...fpjc, version: '1', fields: [] }])],
    ['a bad pattern', pack([{ ...fpjc, match: { urls: ['10.12.3.4:8080/fpjc'] } }])],
    ['an unknown key', pack([{ ...fpjc, fields: { '#x': 'favourite-colour' } }])],
    ['a script smuggled in', pack([{ ...fpjc, onload: 'alert(1)' }])],
    [
      'too many definitions',
      pack(Array.from({ length: MAX_PACK_DEFINITIONS + 1 }, (_, i) => ({ ...fpjc, id: `p-${i}` }))),
    ],
    ['one good and one bad definition', pack([fpjc, { ...fpjc, id: 'bad', cycle: 'weekly' }])],
  ])('refuses %s with a clear error and writes nothing', async (_kind, content) => {
    const saved = { user: [], imported: [{ ...fpjc, name: '原来的' }], disabled: [] };
    const { handlers, definitions } = setUp({ saved });
    const result = await handlers['optionsToBackground:importDefinitions']({ content }, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.path.length).toBeGreaterThan(0);
      expect(error.message.length).toBeGreaterThan(0);
    }
    expect(definitions.stored()).toEqual(saved);
    expect(definitions.changes()).toBe(0);
  });
});

describe('capture modes', () => {
  it('follow the policy, which the person cannot change', async () => {
    const { handlers } = setUp({ managed: { pack: JSON.stringify(packOf([fpjc])), captureModes: { fpjc: 'never' } } });
    const modes = await handlers['optionsToBackground:getCaptureModes']({}, options);
    expect(modes.find((mode) => mode.portalId === 'fpjc')).toEqual({
      portalId: 'fpjc',
      portalName: '防返贫监测系统',
      mode: 'never',
      managed: true,
    });
    await expect(
      handlers['optionsToBackground:setCaptureMode']({ portalId: 'fpjc', mode: 'always' }, options),
    ).rejects.toThrow('managed');
    expect(
      await handlers['optionsToBackground:setCaptureMode']({ portalId: dibao.id, mode: 'never' }, options),
    ).toEqual({
      mode: 'never',
    });
  });
});
