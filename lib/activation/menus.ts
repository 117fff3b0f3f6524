import { siteOrigin } from './loader-script';

export const MENU_SITE = 'fillonce-site';
export const MENU_TEACH = 'fillonce-teach';

/** The context menu's items, as data; the titles are i18n message names. */
export const MENU_ITEMS = [
  // On the page itself, not on a field: one item per context, so each shows at the top level.
  { id: MENU_SITE, title: 'menuEnableSite', contexts: ['page'] },
  { id: MENU_TEACH, title: 'menuTeachField', contexts: ['editable'] },
] as const;

export interface MenuDeps {
  /** Must be the first thing the click does: the browser asks only within the click's gesture. Granted already: true at once. */
  requestPermission(origin: string): Promise<boolean>;
  /** Asks the engine in the tab to open the chooser for the field right-clicked; false when none answers. */
  openChooser(tabId: number): Promise<boolean>;
  startEngine(tabId: number): Promise<void>;
  wait(ms: number): Promise<void>;
}

export interface MenuClick {
  menuItemId: string | number;
  pageUrl?: string;
  tabId?: number;
}

const CHOOSER_TRIES = 20;
const CHOOSER_RETRY_MS = 150;

/**
 * A click on one of the context menu's items. Teaching a field on a site FillOnce is not yet on
 * switches it on first: the person asked for FillOnce right there.
 */
export async function onMenuClick(click: MenuClick, deps: MenuDeps): Promise<void> {
  const origin = siteOrigin(click.pageUrl ?? '');
  if (!origin || (click.menuItemId !== MENU_SITE && click.menuItemId !== MENU_TEACH)) return;
  const granted = await deps.requestPermission(origin);
  if (click.menuItemId !== MENU_TEACH || click.tabId === undefined || !granted) return;
  const tabId = click.tabId;
  if (await deps.openChooser(tabId)) return;
  await deps.startEngine(tabId);
  // The engine answers once its first scan is done.
  for (let tries = 0; tries < CHOOSER_TRIES; tries++) {
    await deps.wait(CHOOSER_RETRY_MS);
    if (await deps.openChooser(tabId)) return;
  }
}
