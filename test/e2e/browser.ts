import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { copyExtension, FIXTURE_HOSTS } from './extension-copy';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = process.env.EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Fails early with the fix, instead of a stack trace from deep inside Playwright. */
export function assertPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Build it first: npm run build`);
  }
}

export type UiLanguage = 'zh_CN' | 'en';

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface ChromiumProfile {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Debian's Chromium in a fresh profile, in Chinese, with the built extension or without it.
 * The flags keep Chromium's own background traffic off, so any request we see is ours or the page's.
 */
export async function launchProfile(options: {
  headless: boolean;
  language?: UiLanguage;
  extension: boolean;
  /** Hosts granted in the manifest (extension-copy.ts); the fixture portals' unless said. */
  grantedHosts?: readonly string[];
  /** A headed browser's display (desktop.ts). */
  env?: Record<string, string>;
  /** Other unpacked extensions loaded beside FillOnce. */
  alsoLoad?: readonly string[];
}): Promise<ChromiumProfile> {
  const language = options.language ?? 'zh_CN';
  assertPrerequisites();
  const profile = mkdtempSync(join(tmpdir(), 'fillonce-profile-'));
  const extension = copyExtension(EXTENSION_DIR, options.grantedHosts ?? FIXTURE_HOSTS, 3);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless,
    locale: language.replace('_', '-'),
    viewport: { width: 1280, height: 900 },
    // On Linux, Chromium takes its UI language (and so the extension's) from LANGUAGE;
    // Debian ships the translations in the chromium-l10n package.
    env: { ...process.env, ...options.env, LANGUAGE: language, LANG: `${language}.UTF-8` },
    args: [
      ...(options.extension
        ? [
            `--disable-extensions-except=${[extension.dir, ...(options.alsoLoad ?? [])].join(',')}`,
            `--load-extension=${[extension.dir, ...(options.alsoLoad ?? [])].join(',')}`,
          ]
        : ['--disable-extensions']),
      `--lang=${language.replace('_', '-')}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      extension.remove();
    },
  };
}

/**
 * Waits for the background to register the loader for the granted hosts, as it does on every
 * start: a page opened before that, in the first moment after install, gets no FillOnce.
 */
async function loaderRegistered(serviceWorker: Worker): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const count = await serviceWorker.evaluate(async () => {
      type Scripting = { getRegisteredContentScripts(): Promise<unknown[]> };
      return (
        await (
          globalThis as unknown as { chrome: { scripting: Scripting } }
        ).chrome.scripting.getRegisteredContentScripts()
      ).length;
    });
    if (count > 0) return;
    await new Promise((resume) => setTimeout(resume, 50));
  }
  throw new Error('the background never registered the loader');
}

/** Debian's Chromium with the built extension loaded, in Chinese. */
export async function launchWithExtension(options: {
  headless: boolean;
  language?: UiLanguage;
  grantedHosts?: readonly string[];
  env?: Record<string, string>;
  alsoLoad?: readonly string[];
}): Promise<ExtensionBrowser> {
  const { context, close } = await launchProfile({ ...options, extension: true });
  const isFillOnce = (worker: Worker) => !options.alsoLoad?.length || worker.url().endsWith('/background.js');
  const serviceWorker =
    context.serviceWorkers().find(isFillOnce) ??
    (await context.waitForEvent('serviceworker', { predicate: isFillOnce }));
  const extensionId = new URL(serviceWorker.url()).host;
  if ((options.grantedHosts ?? FIXTURE_HOSTS).length > 0) await loaderRegistered(serviceWorker);
  return { context, serviceWorker, extensionId, close };
}
