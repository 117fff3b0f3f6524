import { describe, expect, it } from 'vitest';
import { createRegistry, PORTAL_DEFINITIONS, type RegisteredDefinition } from '../../../lib/portals';

const [dibao] = PORTAL_DEFINITIONS as [(typeof PORTAL_DEFINITIONS)[0]];
const fpjc = {
  ...dibao,
  id: 'fpjc',
  name: '防返贫监测系统',
  match: { urls: ['http://10.12.3.4:8080/fpjc/*'] },
  examples: ['http://10.12.3.4:8080/fpjc/'],
};
const entry = (
  definition: RegisteredDefinition['definition'],
  source: RegisteredDefinition['source'],
  enabled = true,
): RegisteredDefinition => ({ definition, source, enabled });

describe('the definitions registry', () => {
  it('lets managed beat user beat imported beat built-in, for the same id', () => {
    const registry = createRegistry([
      entry(dibao, 'builtin'),
      entry({ ...dibao, name: '导入' }, 'imported'),
      entry({ ...dibao, name: '管理' }, 'managed'),
      entry({ ...dibao, name: '自定义' }, 'user'),
    ]);
    expect(registry.match('http://dibao.localhost/apply/')?.definition.name).toBe('管理');
    expect(registry.all()).toHaveLength(1);
    expect(
      createRegistry([entry(dibao, 'builtin'), entry({ ...dibao, name: '导入' }, 'imported')]).byId(dibao.id)?.source,
    ).toBe('imported');
  });

  it('lets a higher source win where two definitions cover the same address', () => {
    const mine = { ...fpjc, id: 'my-fpjc', match: { urls: ['*://10.12.3.4/*'] } };
    const registry = createRegistry([entry(fpjc, 'imported'), entry(mine, 'user')]);
    expect(registry.match('http://10.12.3.4:8080/fpjc/a')?.definition.id).toBe('my-fpjc');
  });

  it('skips a disabled definition, and one whose page signature does not hold', () => {
    const signed = { ...fpjc, match: { ...fpjc.match, signature: { title: '监测' } } };
    const registry = createRegistry([entry(signed, 'user'), entry(dibao, 'builtin', false)]);
    expect(registry.match('http://dibao.localhost/apply/')).toBeNull();
    const page = (title: string) => ({ title, has: () => true });
    expect(registry.match('http://10.12.3.4:8080/fpjc/', page('登录'))).toBeNull();
    expect(registry.match('http://10.12.3.4:8080/fpjc/', page('防返贫监测 - 首页'))?.definition.id).toBe('fpjc');
    expect(registry.match('not a url')).toBeNull();
  });
});
