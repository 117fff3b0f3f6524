import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build, type Plugin } from 'esbuild';
import type { Browser, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Vite's `?raw` imports (a file as a string), which esbuild does not know. */
const rawImports: Plugin = {
  name: 'raw-imports',
  setup(builder) {
    builder.onResolve({ filter: /\?raw$/ }, ({ path }) => ({
      path: require.resolve(path.slice(0, -'?raw'.length)),
      namespace: 'raw',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'raw' }, async ({ path }) => ({
      contents: await readFile(path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** Bundles a module for a plain page, so a benchmark runs the project's own code in Chromium. */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    logLevel: 'silent',
    plugins: [rawImports],
  });
  return result.outputFiles[0]?.text ?? '';
}

/** A blank page in the browser with the module at `entry` loaded as `window[globalName]`. */
export async function pageWithBundle(browser: Browser, entry: URL, globalName: string): Promise<Page> {
  const bundle = await bundleForPage(entry.pathname, globalName);
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><meta charset="utf-8"><body>${globalName}</body>`);
  // tsx keeps function names with a __name helper that a page does not have.
  await page.evaluate('window.__name = (fn) => fn');
  await page.addScriptTag({ content: bundle });
  return page;
}
