import type { PortalDefinition } from './format';
import { parseUrlPattern, urlPatternIncludes } from './url-pattern';

/** What a person said a field is: a key, the person's ID field, or nothing FillOnce should touch. */
export type TaughtChoice = { kind: 'key'; key: string } | { kind: 'id-field' } | { kind: 'ignore' };

export interface TeachInput {
  url: string;
  selector: string;
  choice: TaughtChoice;
  /** The page's own name for itself, for a definition made on first use. */
  pageName: string | null;
  /** The pattern the person confirmed, for a definition made on first use. */
  pattern: string;
}

/**
 * A pattern for the portal a page belongs to: its scheme, host and port, and the first part of
 * its path, where intranet servers keep one application each (`10.12.3.4:8080/fpjc/`).
 */
export function proposePattern(url: string): string {
  const parsed = new URL(url);
  const first = parsed.pathname.split('/').find((part) => part !== '');
  const isFile = first !== undefined && parsed.pathname === `/${first}`;
  return `${parsed.protocol}//${parsed.host}/${first && !isFile ? `${first}/` : ''}*`;
}

/** The id of a definition made by teaching a site: named after its host and port. */
export function siteDefinitionId(url: string): string {
  const { hostname, port } = new URL(url);
  const slug = `${hostname}${port ? `-${port}` : ''}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `site-${slug}`.replace(/-+$/, '').slice(0, 64);
}

/** Why a pattern cannot hold a taught field for this page, or null when it can. */
export function patternProblem(pattern: string, url: string): 'invalid' | 'excludes-page' | null {
  const parsed = parseUrlPattern(pattern);
  if (typeof parsed === 'string') return 'invalid';
  return urlPatternIncludes(parsed, new URL(url)) ? null : 'excludes-page';
}

function newSiteDefinition(input: TeachInput): PortalDefinition {
  return {
    id: siteDefinitionId(input.url),
    name: input.pageName ?? new URL(input.url).host,
    version: 1,
    cycle: 'ad-hoc',
    match: { urls: [input.pattern] },
    fields: {},
    submit: {},
    // A portal taught by hand is still unlisted for capture: the person is asked before anything is kept.
    capture: 'ask',
    examples: [input.url.slice(0, 2000)],
  };
}

/**
 * The definition with one more field taught: the one in force for the page, or a new one for
 * its site. A later choice for the same field replaces the earlier one.
 */
export function teachField(current: PortalDefinition | null, input: TeachInput): PortalDefinition {
  const base = current ?? newSiteDefinition(input);
  const { [input.selector]: _previous, ...fields } = base.fields;
  const idField = base.entity?.idField === input.selector ? undefined : base.entity?.idField;
  const taught: PortalDefinition = { ...base, version: current ? base.version + 1 : base.version, fields };
  if (input.choice.kind === 'key') taught.fields = { ...fields, [input.selector]: input.choice.key };
  if (input.choice.kind === 'ignore') taught.fields = { ...fields, [input.selector]: 'ignore' };
  const entityField = input.choice.kind === 'id-field' ? input.selector : idField;
  if (entityField) taught.entity = { ...base.entity, idField: entityField };
  else delete taught.entity;
  return taught;
}
