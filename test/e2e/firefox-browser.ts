import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { copyExtension, FIXTURE_HOSTS } from './extension-copy';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/**
 * Debian ships Firefox's Chinese UI as a language pack in the application's own
 * extensions folder. Without it Firefox ignores intl.locale.requested=zh-CN and so
 * does the extension's i18n: the panel would speak English.
 */
export const ZH_CN_LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi';

/** Fails early with the fix, instead of a timeout deep inside a test. */
export function assertFirefoxPrerequisites(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}. Install it with: sudo apt-get update && sudo apt-get install -y firefox-esr firefox-esr-l10n-zh-cn (or set FIREFOX_PATH).`,
    );
  }
  if (!existsSync(ZH_CN_LANGPACK)) {
    throw new Error(
      `Firefox's zh-CN language pack is missing (${ZH_CN_LANGPACK}). Install it with: sudo apt-get install -y firefox-esr-l10n-zh-cn`,
    );
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${FIREFOX_EXTENSION_DIR}. Build it first: npm run build:firefox`);
  }
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The gecko id from the manifest, as Firefox reports it after installing. */
  extensionId: string;
  close(): Promise<void>;
}

/** Firefox's UI in Chinese: the app locale the extension's i18n follows, and what pages are told. */
const CHINESE_UI = {
  'intl.locale.requested': 'zh-CN',
  'intl.accept_languages': 'zh-CN, zh',
} as const;

/**
 * Debian's firefox-esr, driven over WebDriver BiDi, with the built extension installed
 * as a temporary add-on (BiDi webExtension.install): an unsigned build is accepted
 * only that way. Puppeteer makes a fresh profile with its test prefs (no updates,
 * telemetry or safe browsing) and deletes it on close.
 */
export async function launchFirefoxWithExtension(options: { headless: boolean }): Promise<FirefoxWithExtension> {
  assertFirefoxPrerequisites();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: options.headless,
    // The Chromium tests' viewport: small windows let the panel cover fields, which FillOnce then refuses to fill.
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: CHINESE_UI,
  });
  const extension = copyExtension(FIREFOX_EXTENSION_DIR, FIXTURE_HOSTS, 2);
  const close = async () => {
    await browser.close();
    extension.remove();
  };
  try {
    const extensionId = await browser.installExtension(extension.dir);
    return { browser, extensionId, close };
  } catch (error) {
    await close();
    throw error;
  }
}
