import type { Registry } from '../portals';
import { LOADER_SCRIPT_ID, type LoaderScript, loaderScript } from './loader-script';

/** The parts of the browser's scripting and permissions APIs the loader's registration needs. */
export interface ScriptingArea {
  grantedOrigins(): Promise<string[]>;
  registered(): Promise<Array<{ id: string }>>;
  register(script: LoaderScript): Promise<void>;
  unregister(id: string): Promise<void>;
}

/**
 * Registers the loader for what is granted now, replacing any earlier registration. Calls are
 * queued: permission and definition changes can arrive together, and the last one must win.
 */
export function syncLoader(area: ScriptingArea, registry: () => Promise<Registry>): () => Promise<LoaderScript | null> {
  let queue: Promise<unknown> = Promise.resolve();
  return () => {
    const run = queue.then(async () => {
      const script = loaderScript(await area.grantedOrigins(), await registry());
      if ((await area.registered()).some((found) => found.id === LOADER_SCRIPT_ID))
        await area.unregister(LOADER_SCRIPT_ID);
      if (script) await area.register(script);
      return script;
    });
    queue = run.catch(() => {});
    return run;
  };
}
