import * as v from 'valibot';
import type { DefinitionView, Handlers, ImportPreview, MessageType } from '../messaging';
import {
  definitionSchema,
  type PortalDefinition,
  packOf,
  parsePack,
  patternProblem,
  planImport,
  type Registry,
  teachField,
  withEnabled,
  withImported,
  withoutDefinition,
  withUserDefinition,
} from '../portals';
import { captureModeOf, type RecordsDb, setCaptureMode } from '../records';
import type { Definitions } from './definitions';

export type DefinitionMessage =
  | 'contentToBackground:getDefinitions'
  | 'contentToBackground:teachField'
  | 'optionsToBackground:getCaptureModes'
  | 'optionsToBackground:setCaptureMode'
  | Extract<MessageType, `optionsToBackground:${string}Definition${string}` | `optionsToBackground:${string}Import`>;

function viewOf(registry: Registry, id: string): DefinitionView {
  const entry = registry.byId(id);
  if (!entry) throw new Error(`no definition "${id}"`);
  return { ...entry, hides: registry.hidden(id) };
}

/** A new site's id, kept apart from one that already exists for another part of the site. */
function freeId(registry: Registry, id: string): string {
  let free = id;
  for (let n = 2; registry.byId(free); n++) free = `${id.slice(0, 60)}-${n}`;
  return free;
}

/** A definition as changed by hand, checked as an import would check it. */
function checked(definition: PortalDefinition): PortalDefinition {
  const parsed = v.safeParse(definitionSchema, definition);
  if (parsed.success) return parsed.output;
  throw new Error(parsed.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`).join('; '));
}

function preview(content: string, registry: Registry): ImportPreview & { writes?: PortalDefinition[] } {
  const pack = parsePack(content);
  if (!pack.ok) return pack;
  const plan = planImport(pack.pack.definitions, registry);
  return { ok: true, items: plan.items, origins: plan.origins, writes: plan.writes };
}

/** Definitions for pages, the person teaching FillOnce, and the options page's list, edits and packs. */
export function createDefinitionHandlers(
  definitions: Definitions,
  db: () => Promise<RecordsDb>,
  today: () => string,
): Handlers<DefinitionMessage> {
  const editable = async (id: string) => {
    const entry = (await definitions.registry()).byId(id);
    if (!entry) throw new Error(`no definition "${id}"`);
    if (entry.source === 'managed') throw new Error('managed by policy: it cannot be changed here');
    return entry;
  };
  return {
    // Matched on the sender's own URL, which the browser vouches for.
    'contentToBackground:getDefinitions': async (_payload, sender) =>
      (await definitions.registry()).including(sender.url ?? '').map((entry) => entry.definition),
    // The engine names the definition it uses (its signature held on the page); it must hold the sender's URL.
    'contentToBackground:teachField': async ({ definitionId, selector, choice, pattern, pageName }, sender) => {
      const url = sender.url ?? '';
      const registry = await definitions.registry();
      const current = definitionId
        ? registry.including(url).find((entry) => entry.definition.id === definitionId)
        : undefined;
      if (definitionId && !current) throw new Error(`"${definitionId}" does not hold this page`);
      if (current?.source === 'managed') throw new Error('managed by policy: it cannot be changed here');
      const problem = current ? null : patternProblem(pattern, url);
      if (problem) throw new Error(problem === 'invalid' ? 'not a URL pattern' : 'the pattern does not hold this page');
      const taught = teachField(current?.definition ?? null, { url, selector, choice, pageName, pattern });
      const definition = checked(current ? taught : { ...taught, id: freeId(registry, taught.id) });
      await definitions.update((saved) => withEnabled(withUserDefinition(saved, definition), definition.id, true));
      return { definition };
    },
    // Every enabled definition's mode; one the IT desk set by policy is shown, and cannot be changed.
    'optionsToBackground:getCaptureModes': async () => {
      const [registry, { captureModes }] = await Promise.all([definitions.registry(), definitions.policy()]);
      const enabled = registry.all().filter((entry) => entry.enabled);
      return Promise.all(
        enabled.map(async ({ definition: { id, name, capture } }) => ({
          portalId: id,
          portalName: name,
          mode: captureModes[id] ?? (await captureModeOf(await db(), id, capture)),
          managed: captureModes[id] !== undefined,
        })),
      );
    },
    'optionsToBackground:setCaptureMode': async ({ portalId, mode }) => {
      if ((await definitions.policy()).captureModes[portalId])
        throw new Error('managed by policy: it cannot be changed here');
      await setCaptureMode(await db(), portalId, mode);
      return { mode };
    },
    'optionsToBackground:listDefinitions': async () => {
      const registry = await definitions.registry();
      return registry.all().map((entry) => viewOf(registry, entry.definition.id));
    },
    'optionsToBackground:updateDefinition': async ({ id, enabled, name, urls }) => {
      const { definition } = await editable(id);
      const edited = name !== undefined || urls !== undefined;
      const next = edited
        ? checked({
            ...definition,
            version: definition.version + 1,
            name: name ?? definition.name,
            match: { ...definition.match, urls: urls ?? definition.match.urls },
          })
        : definition;
      const registry = await definitions.update((saved) => {
        const kept = edited ? withUserDefinition(saved, next) : saved;
        return enabled === undefined ? kept : withEnabled(kept, id, enabled);
      });
      return viewOf(registry, id);
    },
    'optionsToBackground:deleteDefinition': async ({ id }) => {
      const { source } = await editable(id);
      if (source === 'builtin') throw new Error('a built-in definition can be switched off, not deleted');
      await definitions.update((saved) => withoutDefinition(saved, id));
      return { deleted: true };
    },
    'optionsToBackground:exportDefinitions': async ({ ids }) => {
      const registry = await definitions.registry();
      const chosen = ids.map((id) => registry.byId(id)?.definition).filter((found) => found !== undefined);
      if (chosen.length === 0) throw new Error('no definition chosen');
      return { fileName: `fillonce-definitions-${today()}.json`, content: JSON.stringify(packOf(chosen), null, 2) };
    },
    'optionsToBackground:previewImport': async ({ content }) => {
      const { writes: _writes, ...shown } = preview(content, await definitions.registry());
      return shown;
    },
    // Checked again here, whole, before anything is written: the preview may be stale.
    'optionsToBackground:importDefinitions': async ({ content }) => {
      const { writes, ...shown } = preview(content, await definitions.registry());
      if (shown.ok && writes?.length) await definitions.update((saved) => withImported(saved, writes));
      return shown;
    },
  };
}
