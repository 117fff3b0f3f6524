import * as v from 'valibot';
import { definitionSchema, type PortalDefinition } from './format';
import type { DefinitionSource, RegisteredDefinition } from './registry';

/** The definitions a person keeps: taught or edited by them, imported from packs, and the ids they switched off. */
export interface SavedDefinitions {
  user: PortalDefinition[];
  imported: PortalDefinition[];
  disabled: string[];
}

export const NO_SAVED_DEFINITIONS: SavedDefinitions = { user: [], imported: [], disabled: [] };

const savedSchema = v.object({
  user: v.array(definitionSchema),
  imported: v.array(definitionSchema),
  disabled: v.array(v.string()),
});

/**
 * What storage holds, read back. It was checked on its way in; a value that no longer reads
 * (written by hand, or by a newer build) is refused whole, so nothing is half-applied.
 */
export function readSaved(value: unknown): SavedDefinitions | null {
  if (value === undefined) return NO_SAVED_DEFINITIONS;
  const parsed = v.safeParse(savedSchema, value);
  return parsed.success ? parsed.output : null;
}

/** Every definition in play, from every source, as the registry takes them. Managed ones cannot be switched off. */
export function registryEntries(
  builtin: readonly PortalDefinition[],
  saved: SavedDefinitions,
  managed: readonly PortalDefinition[],
): RegisteredDefinition[] {
  const disabled = new Set(saved.disabled);
  const entries = (definitions: readonly PortalDefinition[], source: DefinitionSource) =>
    definitions.map((definition) => ({
      definition,
      source,
      enabled: source === 'managed' || !disabled.has(definition.id),
    }));
  return [
    ...entries(managed, 'managed'),
    ...entries(saved.user, 'user'),
    ...entries(saved.imported, 'imported'),
    ...entries(builtin, 'builtin'),
  ];
}

const replacing = (definitions: readonly PortalDefinition[], definition: PortalDefinition) => [
  ...definitions.filter((kept) => kept.id !== definition.id),
  definition,
];

/** A person's own version of a definition: it hides an imported or built-in one of the same id. */
export function withUserDefinition(saved: SavedDefinitions, definition: PortalDefinition): SavedDefinitions {
  return { ...saved, user: replacing(saved.user, definition) };
}

export function withEnabled(saved: SavedDefinitions, id: string, enabled: boolean): SavedDefinitions {
  const others = saved.disabled.filter((kept) => kept !== id);
  return { ...saved, disabled: enabled ? others : [...others, id] };
}

/** The person's and the imported copies gone; a built-in of the same id shows again. */
export function withoutDefinition(saved: SavedDefinitions, id: string): SavedDefinitions {
  return {
    user: saved.user.filter((kept) => kept.id !== id),
    imported: saved.imported.filter((kept) => kept.id !== id),
    disabled: saved.disabled.filter((kept) => kept !== id),
  };
}

export function withImported(saved: SavedDefinitions, definitions: readonly PortalDefinition[]): SavedDefinitions {
  return { ...saved, imported: definitions.reduce(replacing, saved.imported) };
}
