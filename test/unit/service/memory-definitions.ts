import { createDefinitions, type Definitions } from '../../../lib/service';

/** The definitions service over plain memory: what storage.local and storage.managed would hold. */
export function memoryDefinitions(options: { saved?: unknown; managed?: unknown } = {}): Definitions & {
  stored: () => unknown;
  changes: () => number;
} {
  let stored = options.saved;
  let changes = 0;
  const definitions = createDefinitions({
    saved: {
      load: async () => stored,
      save: async (value) => {
        stored = structuredClone(value);
      },
    },
    managed: async () => options.managed,
    changed: () => changes++,
  });
  return { ...definitions, stored: () => stored, changes: () => changes };
}
