import { MatchPattern } from '@webext-core/match-patterns';
import { PORTAL_DEFINITIONS } from './definitions';
import type { PortalDefinition } from './types';

const COMPILED = PORTAL_DEFINITIONS.map((definition) => ({
  definition,
  patterns: definition.matches.map((pattern) => new MatchPattern(pattern)),
}));

/** What `URL.canParse` answers; that needs Chrome 120, and the extension supports Chrome 109. */
function canParseUrl(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

export function matchPortal(url: string): PortalDefinition | null {
  if (!canParseUrl(url)) return null;
  const found = COMPILED.find(({ patterns }) => patterns.some((pattern) => pattern.includes(url)));
  return found?.definition ?? null;
}

export function portalById(id: string): PortalDefinition | null {
  return PORTAL_DEFINITIONS.find((definition) => definition.id === id) ?? null;
}

export { applyPortalKeys } from './apply';
export { pageName } from './page-name';
export type { PortalDefinition, SubmitSignal } from './types';
export { PORTAL_DEFINITIONS };
