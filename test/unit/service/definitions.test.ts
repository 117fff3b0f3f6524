import { afterEach, describe, expect, it, vi } from 'vitest';
import { PORTAL_DEFINITIONS, type PortalDefinition, packOf } from '../../../lib/portals';
import { createDefinitions } from '../../../lib/service';

const [dibao] = PORTAL_DEFINITIONS as [PortalDefinition];
const fpjc = { ...dibao, id: 'fpjc', match: { urls: ['http://10.12.3.4:8080/fpjc/*'] } };

afterEach(() => vi.useRealTimers());

describe('the definitions in force', () => {
  it('do not wait for a policy slow to arrive, and take it in when it comes', async () => {
    vi.useFakeTimers();
    // The browser's policy service, up once the first answer comes.
    let arrive: (value: unknown) => void = () => {};
    const policy = new Promise((resume) => (arrive = resume));
    let changes = 0;
    const definitions = createDefinitions({
      saved: { load: async () => undefined, save: async () => {} },
      managed: () => policy,
      changed: () => changes++,
    });
    const first = definitions.registry();
    await vi.advanceTimersByTimeAsync(300);
    expect((await first).byId('fpjc')).toBeNull();
    arrive({ pack: JSON.stringify(packOf([fpjc])) });
    await vi.advanceTimersByTimeAsync(0);
    expect(changes).toBe(1);
    expect((await definitions.registry()).byId('fpjc')?.source).toBe('managed');
  });

  it('refuse saved definitions that no longer read, rather than drop them', async () => {
    const definitions = createDefinitions({
      saved: { load: async () => ({ user: 'garbage' }), save: async () => {} },
      managed: async () => undefined,
      changed: () => {},
    });
    await expect(definitions.registry()).rejects.toThrow('cannot be read');
  });
});
