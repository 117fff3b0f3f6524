import type { PortalDefinition } from './format';
import { parseUrlPattern, type UrlPattern, urlPatternIncludes } from './url-pattern';

/** Where a definition came from; earlier in this list wins. */
export const SOURCES = ['managed', 'user', 'imported', 'builtin'] as const;
export type DefinitionSource = (typeof SOURCES)[number];

export interface RegisteredDefinition {
  definition: PortalDefinition;
  source: DefinitionSource;
  enabled: boolean;
}

/** What the page can tell about itself, for a definition's signature. */
export interface PageSignature {
  title: string;
  has(selector: string): boolean;
}

export interface Registry {
  /** The definition for a URL: enabled, signature holding, the highest source first. */
  match(url: string, page?: PageSignature): RegisteredDefinition | null;
  /** Every enabled definition whose patterns hold the URL, whatever the page: the winner first. */
  including(url: string): RegisteredDefinition[];
  byId(id: string): RegisteredDefinition | null;
  /** The source of the next definition of an id, which the one in force hides. */
  hidden(id: string): DefinitionSource | null;
  /** One per id, the one that wins. */
  all(): readonly RegisteredDefinition[];
}

interface Compiled {
  entry: RegisteredDefinition;
  rank: number;
  patterns: UrlPattern[];
}

/** URL.canParse is newer than the oldest browsers supported. */
function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Whether the page is the one a definition's signature describes; a definition without one holds anywhere. */
export function signatureHolds(definition: PortalDefinition, page: PageSignature | undefined): boolean {
  const signature = definition.match.signature;
  if (!signature) return true;
  if (!page) return false;
  if (signature.title !== undefined && !page.title.includes(signature.title)) return false;
  try {
    return signature.selector === undefined || page.has(signature.selector);
  } catch {
    return false;
  }
}

/**
 * The definitions in force. The same id from a higher source hides the lower ones, so a user's
 * copy of a built-in replaces it and a managed one replaces both. Patterns are indexed by host:
 * a URL is tried against the few definitions for its host and its parent domains, not all.
 */
export function createRegistry(entries: readonly RegisteredDefinition[]): Registry {
  const winners = new Map<string, RegisteredDefinition>();
  const hidden = new Map<string, DefinitionSource>();
  for (const entry of [...entries].sort((a, b) => SOURCES.indexOf(a.source) - SOURCES.indexOf(b.source))) {
    const id = entry.definition.id;
    if (!winners.has(id)) winners.set(id, entry);
    else if (!hidden.has(id)) hidden.set(id, entry.source);
  }
  const byHost = new Map<string, Compiled[]>();
  const anyHost: Compiled[] = [];
  [...winners.values()].forEach((entry, order) => {
    if (!entry.enabled) return;
    const patterns = entry.definition.match.urls
      .map(parseUrlPattern)
      .filter((pattern): pattern is UrlPattern => typeof pattern !== 'string');
    const compiled = { entry, rank: SOURCES.indexOf(entry.source) * entries.length + order, patterns };
    for (const host of new Set(patterns.map((pattern) => pattern.host))) {
      if (host === '') anyHost.push(compiled);
      else byHost.set(host, [...(byHost.get(host) ?? []), compiled]);
    }
  });
  const candidates = (host: string): Compiled[] => {
    const found = [...anyHost];
    for (let rest = host; rest !== ''; rest = rest.includes('.') ? rest.slice(rest.indexOf('.') + 1) : '') {
      found.push(...(byHost.get(rest) ?? []));
    }
    return found;
  };
  const includes = (compiled: Compiled, url: URL) =>
    compiled.patterns.some((pattern) => urlPatternIncludes(pattern, url));
  return {
    match(url, page) {
      const parsed = parseUrl(url);
      if (!parsed) return null;
      let best: Compiled | null = null;
      for (const compiled of candidates(parsed.hostname.toLowerCase())) {
        if (best && best.rank <= compiled.rank) continue;
        if (includes(compiled, parsed) && signatureHolds(compiled.entry.definition, page)) best = compiled;
      }
      return best?.entry ?? null;
    },
    including(url) {
      const parsed = parseUrl(url);
      if (!parsed) return [];
      const found = candidates(parsed.hostname.toLowerCase()).filter((compiled) => includes(compiled, parsed));
      return [...new Set(found)].sort((a, b) => a.rank - b.rank).map((compiled) => compiled.entry);
    },
    byId: (id) => winners.get(id) ?? null,
    hidden: (id) => hidden.get(id) ?? null,
    all: () => [...winners.values()],
  };
}
