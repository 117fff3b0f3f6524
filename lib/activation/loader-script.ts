import { originsOf, type Registry } from '../portals';

export const LOADER_SCRIPT_ID = 'fillonce-loader';
export const LOADER_FILE = 'loader.js';

/** The loader's registration, in scripting.registerContentScripts' own shape. */
export interface LoaderScript {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches?: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** Host permissions that name web pages: a site, every site, or every host of a scheme. */
const WEB_ORIGIN = /^(?:<all_urls>|(?:\*|https?):\/\/[^/]+\/.*)$/;
export const isWebOrigin = (origin: string): boolean => WEB_ORIGIN.test(origin);

/**
 * Where the loader runs: on exactly the hosts FillOnce holds a permission for, however it was
 * granted (by the person, a pack, a policy or an IT desk's build), except the hosts of
 * definitions switched off that no enabled definition shares. Null: nowhere, so no page gets
 * any script.
 */
export function loaderScript(granted: readonly string[], registry: Registry): LoaderScript | null {
  const matches = [...new Set(granted.filter(isWebOrigin))].sort();
  if (matches.length === 0) return null;
  const entries = registry.all();
  const enabled = new Set(originsOf(entries.filter((entry) => entry.enabled).map((entry) => entry.definition)));
  const disabled = originsOf(entries.filter((entry) => !entry.enabled).map((entry) => entry.definition));
  const excludeMatches = disabled.filter((origin) => !enabled.has(origin) && !origin.startsWith('*://*/'));
  return {
    id: LOADER_SCRIPT_ID,
    js: [LOADER_FILE],
    matches,
    ...(excludeMatches.length > 0 && { excludeMatches }),
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

/** The permission that switches FillOnce on for a page's site: its host, on any port and path. */
export function siteOrigin(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null;
  }
}

/** Every site: the permission the "work on every site" switch asks for. */
export const EVERY_SITE = '*://*/*';
