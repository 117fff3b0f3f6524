import { type Signal, useSignal } from '@preact/signals';
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EVERY_SITE, isWebOrigin } from '../../lib/activation';

/**
 * The browser asks the person only within the click or change that started the request: call this
 * first in the handler, before any await.
 */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

export function removeOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.remove({ origins });
}

export function holdsOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins });
}

/** The sites FillOnce runs on, every site first, then by name. */
export function webOrigins(origins: readonly string[]): string[] {
  const web = [...new Set(origins.filter(isWebOrigin))];
  const everywhere = (origin: string) => origin === EVERY_SITE || origin === '<all_urls>';
  return web.sort((a, b) => Number(everywhere(b)) - Number(everywhere(a)) || a.localeCompare(b));
}

/** A site as a person reads it: `https://a.gov.cn/*` → `https://a.gov.cn`. Null: every site. */
export function siteName(origin: string): string | null {
  if (origin === EVERY_SITE || origin === '<all_urls>') return null;
  return origin.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
}

export interface SiteAccess {
  /** Undefined until the browser has answered. */
  origins: string[] | undefined;
  everySite: boolean;
}

/** What FillOnce may run on, kept current however it changes: here, in the popup, by a pack or a policy. */
export function useSiteAccess(): { access: Signal<SiteAccess>; refresh: () => void } {
  const access = useSignal<SiteAccess>({ origins: undefined, everySite: false });
  const latest = useRef(0);
  const refresh = useCallback(() => {
    const ticket = ++latest.current;
    void Promise.all([browser.permissions.getAll(), holdsOrigins([EVERY_SITE])]).then(([granted, everySite]) => {
      // Each answer is a new object, so a switch the browser refused is drawn again as it is.
      if (ticket === latest.current) access.value = { origins: webOrigins(granted.origins ?? []), everySite };
    }, console.error);
  }, [access]);
  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      latest.current = -1;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [refresh]);
  return { access, refresh };
}
