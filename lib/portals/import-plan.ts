import type { PortalDefinition } from './format';
import type { DefinitionSource, Registry } from './registry';
import { parseUrlPattern } from './url-pattern';

/**
 * What importing one definition would do. `conflict`: a definition of the same id that a pack
 * must not replace is in force (the person's own, the IT desk's, or a built-in one).
 */
export type ImportStatus = 'new' | 'changed' | 'same' | 'conflict';

export interface ImportPlanItem {
  id: string;
  name: string;
  status: ImportStatus;
  /** Where the definition in force came from, when there is one. */
  current?: DefinitionSource;
}

export interface ImportPlan {
  items: ImportPlanItem[];
  /** The definitions that would be written: the new and the changed. */
  writes: PortalDefinition[];
  /** The host permissions the written definitions need, asked for once. */
  origins: string[];
}

const sameDefinition = (a: PortalDefinition, b: PortalDefinition) => JSON.stringify(a) === JSON.stringify(b);

function statusOf(definition: PortalDefinition, registry: Registry): ImportPlanItem {
  const current = registry.byId(definition.id);
  const item = { id: definition.id, name: definition.name };
  if (!current) return { ...item, status: 'new' };
  const status =
    current.source !== 'imported' ? 'conflict' : sameDefinition(current.definition, definition) ? 'same' : 'changed';
  return { ...item, status, current: current.source };
}

/**
 * The host permission a URL pattern needs, as browsers write them: scheme and host, any port,
 * any path (match patterns for permissions name no port in Firefox).
 */
export function originOf(pattern: string): string | null {
  const parsed = parseUrlPattern(pattern);
  if (typeof parsed === 'string') return null;
  const scheme = parsed.schemes.length > 1 ? '*' : (parsed.schemes[0] ?? 'http:').slice(0, -1);
  const host = parsed.host === '' ? '*' : `${parsed.subdomains ? '*.' : ''}${parsed.host}`;
  return `${scheme}://${host}/*`;
}

export function originsOf(definitions: readonly PortalDefinition[]): string[] {
  const origins = definitions.flatMap((definition) => definition.match.urls.map(originOf));
  return [...new Set(origins.filter((origin): origin is string => origin !== null))].sort();
}

/** A checked pack's definitions against what is in force: the preview, and what applying it writes. */
export function planImport(definitions: readonly PortalDefinition[], registry: Registry): ImportPlan {
  const items = definitions.map((definition) => statusOf(definition, registry));
  const writes = definitions.filter((_, index) => ['new', 'changed'].includes(items[index]?.status ?? ''));
  return { items, writes, origins: originsOf(writes) };
}
