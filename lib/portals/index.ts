import { PORTAL_DEFINITIONS } from './definitions';
import type { PortalDefinition } from './format';
import { createRegistry, type PageSignature } from './registry';

const BUILT_IN = createRegistry(
  PORTAL_DEFINITIONS.map((definition) => ({ definition, source: 'builtin' as const, enabled: true })),
);

export function matchPortal(url: string, page?: PageSignature): PortalDefinition | null {
  return BUILT_IN.match(url, page)?.definition ?? null;
}

export function portalById(id: string): PortalDefinition | null {
  return BUILT_IN.byId(id)?.definition ?? null;
}

export { applyPortalKeys } from './apply';
export { DEFINITION_SCHEMA_VERSION, definitionSchema, type PortalDefinition } from './format';
export {
  type DefinitionPack,
  MAX_PACK_DEFINITIONS,
  PACK_FORMAT,
  type PackError,
  type PackResult,
  packOf,
  parsePack,
} from './pack';
export { pageName } from './page-name';
export {
  createRegistry,
  type DefinitionSource,
  type PageSignature,
  type RegisteredDefinition,
  type Registry,
  SOURCES,
} from './registry';
export { parseUrlPattern, type UrlPattern, urlPatternIncludes } from './url-pattern';
export { PORTAL_DEFINITIONS };
