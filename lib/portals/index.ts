import { MatchPattern } from '@webext-core/match-patterns';
import { PORTAL_DEFINITIONS } from './definitions';
import type { PortalDefinition } from './types';

const COMPILED = PORTAL_DEFINITIONS.map((definition) => ({
  definition,
  patterns: definition.matches.map((pattern) => new MatchPattern(pattern)),
}));

export function matchPortal(url: string): PortalDefinition | null {
  if (!URL.canParse(url)) return null;
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
