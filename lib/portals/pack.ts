import * as v from 'valibot';
import { DEFINITION_SCHEMA_VERSION, definitionSchema, type PortalDefinition } from './format';

export const PACK_FORMAT = 'fillonce-definitions';
/** A county's portals are tens; a thousand leaves room without letting a file swamp the registry. */
export const MAX_PACK_DEFINITIONS = 1000;
export const MAX_PACK_BYTES = 4 * 1024 * 1024;

export interface DefinitionPack {
  format: typeof PACK_FORMAT;
  schemaVersion: number;
  definitions: PortalDefinition[];
}

/** One thing wrong, and where: `definitions[2].match.urls[0]`. */
export interface PackError {
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: DefinitionPack } | { ok: false; errors: PackError[] };

const packSchema = v.strictObject({
  format: v.literal(PACK_FORMAT),
  schemaVersion: v.literal(DEFINITION_SCHEMA_VERSION),
  definitions: v.pipe(v.array(definitionSchema), v.minLength(1), v.maxLength(MAX_PACK_DEFINITIONS)),
});

function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `${path === '' ? '' : '.'}${String(item.key)}`;
  }
  return path === '' ? '(the file)' : path;
}

const failed = (path: string, message: string): PackResult => ({ ok: false, errors: [{ path, message }] });

/** A pack file read and checked whole: every error named with where it is, or the pack. */
export function parsePack(text: string): PackResult {
  if (text.length > MAX_PACK_BYTES) return failed('(the file)', `larger than ${MAX_PACK_BYTES / 1024 / 1024} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failed('(the file)', 'not JSON');
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > DEFINITION_SCHEMA_VERSION) {
    return failed(
      'schemaVersion',
      `made by a newer FillOnce (version ${version}; this one reads ${DEFINITION_SCHEMA_VERSION})`,
    );
  }
  const parsed = v.safeParse(packSchema, json, { abortEarly: false });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues.slice(0, 50).map((issue) => ({ path: pathOf(issue), message: issue.message })),
    };
  }
  const seen = new Map<string, number>();
  const errors: PackError[] = [];
  parsed.output.definitions.forEach((definition, index) => {
    const first = seen.get(definition.id);
    if (first === undefined) seen.set(definition.id, index);
    else
      errors.push({ path: `definitions[${index}].id`, message: `"${definition.id}" is already definitions[${first}]` });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack: parsed.output };
}

export function packOf(definitions: readonly PortalDefinition[]): DefinitionPack {
  return { format: PACK_FORMAT, schemaVersion: DEFINITION_SCHEMA_VERSION, definitions: [...definitions] };
}
