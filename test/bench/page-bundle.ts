import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build, type Plugin } from 'esbuild';

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
