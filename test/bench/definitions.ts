import type { PortalDefinition, RegisteredDefinition } from '../../lib/portals';
import { PORTAL_DEFINITIONS } from '../../lib/portals';

const SOURCES = ['managed', 'user', 'imported', 'builtin'] as const;

/**
 * `count` definitions as a province's packs might hold them: intranet addresses with ports,
 * subdomains of a few government domains, and paths under shared hosts.
 */
export function manyDefinitions(count: number): RegisteredDefinition[] {
  const template = PORTAL_DEFINITIONS[0] as PortalDefinition;
  return Array.from({ length: count }, (_, index) => {
    const shape = index % 3;
    const url =
      shape === 0
        ? `http://10.${index % 250}.${Math.floor(index / 250)}.4:8080/app${index}/*`
        : shape === 1
          ? `*://*.county${index % 40}.gov.cn/form${index}/*`
          : `https://zwfw.example.gov.cn/portal${index}/*`;
    return {
      definition: { ...template, id: `portal-${index}`, name: `门户 ${index}`, match: { urls: [url] } },
      source: SOURCES[index % SOURCES.length] as RegisteredDefinition['source'],
      enabled: index % 10 !== 0,
    };
  });
}
