import {
  createRegistry,
  type ManagedPolicy,
  NO_POLICY,
  PORTAL_DEFINITIONS,
  type Registry,
  readManagedPolicy,
  readSaved,
  registryEntries,
  type SavedDefinitions,
} from '../portals';

/** Where the person's definitions are kept (storage.local in the extension), as plain values. */
export interface SavedStore {
  load(): Promise<unknown>;
  save(value: SavedDefinitions): Promise<void>;
}

export interface DefinitionsDeps {
  saved: SavedStore;
  /** storage.managed's values; absent where no policy applies. */
  managed: () => Promise<unknown>;
  /** After the definitions in force changed: the scripts' registration follows them. */
  changed: () => void;
}

export interface Definitions {
  registry(): Promise<Registry>;
  saved(): Promise<SavedDefinitions>;
  policy(): Promise<ManagedPolicy>;
  update(change: (saved: SavedDefinitions) => SavedDefinitions): Promise<Registry>;
  /** Storage changed outside this service: a new policy arrived. */
  reload(): void;
}

/** Chromium answers storage.managed only once its policy service is up, seconds after a first start. */
const POLICY_WAIT_MS = 300;

/**
 * The definitions in force, from every source, built once and rebuilt on a change. Writes are
 * queued, so two changes at once cannot lose either. A policy slow to arrive does not hold up
 * the rest: they are in force at once, and the policy's definitions join when it comes.
 */
export function createDefinitions({ saved, managed, changed }: DefinitionsDeps): Definitions {
  let state: Promise<{ saved: SavedDefinitions; policy: ManagedPolicy; registry: Registry }> | null = null;
  let writes: Promise<unknown> = Promise.resolve();
  const build = (kept: SavedDefinitions, policy: ManagedPolicy) => ({
    saved: kept,
    policy,
    registry: createRegistry(registryEntries(PORTAL_DEFINITIONS, kept, policy.definitions)),
  });
  let reload = () => {};
  const policyOnce = () => {
    const pushed = managed().catch(() => undefined);
    let late = false;
    void pushed.then(() => late && reload());
    const timeout = new Promise<'late'>((resume) => setTimeout(() => resume('late'), POLICY_WAIT_MS));
    return Promise.race([pushed, timeout]).then((value) => {
      late = value === 'late';
      return late ? undefined : value;
    });
  };
  const load = async () => {
    const [stored, pushed] = await Promise.all([saved.load(), policyOnce()]);
    const kept = readSaved(stored);
    if (!kept) throw new Error('the saved portal definitions cannot be read; nothing was changed');
    return build(kept, pushed === undefined ? NO_POLICY : readManagedPolicy(pushed));
  };
  const current = () => {
    state ??= load();
    state.catch(() => (state = null));
    return state;
  };
  reload = () => {
    state = null;
    changed();
  };
  return {
    registry: async () => (await current()).registry,
    saved: async () => (await current()).saved,
    policy: async () => (await current()).policy,
    update(change) {
      const write = writes.then(async () => {
        const now = await current();
        const next = change(now.saved);
        await saved.save(next);
        state = Promise.resolve(build(next, now.policy));
        changed();
        return (await state).registry;
      });
      writes = write.catch(() => {});
      return write;
    },
    reload: () => reload(),
  };
}
