import * as v from 'valibot';
import type { PortalDefinition } from './format';
import { type PackError, parsePack } from './pack';

export type ManagedCaptureMode = 'always' | 'ask' | 'never';

/** What an IT desk pushes by browser policy (public/managed_schema.json), read and checked. */
export interface ManagedPolicy {
  definitions: PortalDefinition[];
  /** Capture modes by definition id, which the person cannot change. */
  captureModes: Record<string, ManagedCaptureMode>;
  /** Why the pushed pack was refused, for the options page to show. */
  errors: PackError[];
}

export const NO_POLICY: ManagedPolicy = { definitions: [], captureModes: {}, errors: [] };

const modesSchema = v.record(v.string(), v.picklist(['always', 'ask', 'never']));

/**
 * The policy as storage.managed holds it. The pack is a pack file's text, as the options page
 * exports it, so an IT desk pastes a file it has tried rather than writing definitions by hand.
 * A bad pack is refused whole, as an import would be.
 */
export function readManagedPolicy(value: unknown): ManagedPolicy {
  const policy = (value ?? {}) as { pack?: unknown; captureModes?: unknown };
  const modes = v.safeParse(modesSchema, policy.captureModes ?? {});
  const captureModes = modes.success ? modes.output : {};
  if (typeof policy.pack !== 'string' || policy.pack.trim() === '') return { ...NO_POLICY, captureModes };
  const pack = parsePack(policy.pack);
  return pack.ok
    ? { definitions: pack.pack.definitions, captureModes, errors: [] }
    : { definitions: [], captureModes, errors: pack.errors };
}
