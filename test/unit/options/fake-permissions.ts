import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (permissions: { origins?: string[] }) => void;

/**
 * The browser's host permissions, in memory: granted ones, the person's answer to a request,
 * and the onAdded / onRemoved events a change fires. `calls` logs each call in order.
 */
export function fakePermissions(granted: string[] = []) {
  const origins = new Set(granted);
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const calls: string[] = [];
  const state = { answer: true, removable: true };
  const permissions = fakeBrowser.permissions;
  vi.spyOn(permissions, 'getAll').mockImplementation(async () => ({ origins: [...origins], permissions: [] }));
  vi.spyOn(permissions, 'contains').mockImplementation(async ({ origins: asked = [] }) =>
    asked.every((origin) => origins.has(origin)),
  );
  vi.spyOn(permissions, 'request').mockImplementation(async ({ origins: asked = [] }) => {
    calls.push(`request ${asked.join(' ')}`);
    if (!state.answer) return false;
    for (const origin of asked) origins.add(origin);
    for (const listener of added) listener({ origins: asked });
    return true;
  });
  vi.spyOn(permissions, 'remove').mockImplementation(async ({ origins: gone = [] }) => {
    calls.push(`remove ${gone.join(' ')}`);
    if (!state.removable) return false;
    for (const origin of gone) origins.delete(origin);
    for (const listener of removed) listener({ origins: gone });
    return true;
  });
  const events = (listeners: Set<Listener>) => ({
    addListener: (listener: Listener) => listeners.add(listener),
    removeListener: (listener: Listener) => listeners.delete(listener),
  });
  vi.spyOn(permissions.onAdded, 'addListener').mockImplementation(events(added).addListener as never);
  vi.spyOn(permissions.onAdded, 'removeListener').mockImplementation(events(added).removeListener as never);
  vi.spyOn(permissions.onRemoved, 'addListener').mockImplementation(events(removed).addListener as never);
  vi.spyOn(permissions.onRemoved, 'removeListener').mockImplementation(events(removed).removeListener as never);
  return {
    origins,
    calls,
    listeners: () => added.size + removed.size,
    /** What the person answers to the next requests. */
    answer: (granted: boolean) => {
      state.answer = granted;
    },
    /** Whether the browser lets a permission go (not one a policy or the manifest holds). */
    removable: (yes: boolean) => {
      state.removable = yes;
    },
    /** Another page (the popup, a context menu) granted a site. */
    grantElsewhere: (origin: string) => {
      origins.add(origin);
      for (const listener of added) listener({ origins: [origin] });
    },
  };
}
