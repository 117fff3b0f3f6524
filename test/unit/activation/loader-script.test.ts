import { describe, expect, it } from 'vitest';
import { loaderScript, siteOrigin, syncLoader } from '../../../lib/activation';
import {
  createRegistry,
  NO_SAVED_DEFINITIONS,
  PORTAL_DEFINITIONS,
  registryEntries,
  withEnabled,
  withImported,
} from '../../../lib/portals';

const [dibao] = PORTAL_DEFINITIONS as [(typeof PORTAL_DEFINITIONS)[0]];
const fpjc = { ...dibao, id: 'fpjc', match: { urls: ['http://10.12.3.4:8080/fpjc/*'] } };
const registryOf = (saved = NO_SAVED_DEFINITIONS) => createRegistry(registryEntries(PORTAL_DEFINITIONS, saved, []));

describe('where the loader runs', () => {
  it('runs nowhere without a granted host, so no page gets a script', () => {
    expect(loaderScript([], registryOf())).toBeNull();
    expect(loaderScript(['chrome://favicon/*'], registryOf())).toBeNull();
  });

  it('runs on exactly the hosts granted', () => {
    expect(loaderScript(['http://10.12.3.4/*', 'https://gov.example.cn/*'], registryOf())).toEqual({
      id: 'fillonce-loader',
      js: ['loader.js'],
      matches: ['http://10.12.3.4/*', 'https://gov.example.cn/*'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('leaves out the hosts of a definition switched off, unless an enabled one shares them', () => {
    const off = withEnabled(withImported(NO_SAVED_DEFINITIONS, [fpjc]), 'fpjc', false);
    expect(loaderScript(['*://*/*'], registryOf(off))?.excludeMatches).toEqual(['http://10.12.3.4/*']);
    const shared = withImported(off, [{ ...fpjc, id: 'other' }]);
    expect(loaderScript(['*://*/*'], registryOf(shared))?.excludeMatches).toBeUndefined();
  });

  it('switches a site on by its host, on any port and path', () => {
    expect(siteOrigin('http://10.12.3.4:8080/fpjc/a.do')).toBe('http://10.12.3.4/*');
    expect(siteOrigin('chrome://extensions/')).toBeNull();
    expect(siteOrigin('not a url')).toBeNull();
  });
});

describe('keeping the registration in step', () => {
  it('replaces the registration with what is granted now, and removes it when nothing is', async () => {
    let granted = ['http://10.12.3.4/*'];
    const registered = new Map<string, string[]>();
    const calls: string[] = [];
    const sync = syncLoader(
      {
        grantedOrigins: async () => granted,
        registered: async () => [...registered.keys()].map((id) => ({ id })),
        register: async (script) => {
          calls.push(`register ${script.matches.join(' ')}`);
          registered.set(script.id, script.matches);
        },
        unregister: async (id) => {
          calls.push(`unregister ${id}`);
          registered.delete(id);
        },
      },
      async () => registryOf(),
    );
    await sync();
    granted = [];
    await Promise.all([sync(), sync()]);
    expect(calls).toEqual(['register http://10.12.3.4/*', 'unregister fillonce-loader']);
    expect(registered.size).toBe(0);
  });
});
