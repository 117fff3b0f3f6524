import { defineConfig } from 'wxt';
import { writeFieldData } from './lib/fields/field-data';

// Windows 7 desks stop at Chrome 109 and the domestic browsers (360, 奇安信) ship cores of that age;
// Firefox 115 is the ESR that still runs on Windows 7. test/compat checks the bundles against both.
const MIN_CHROME = '109';
const MIN_FIREFOX = '115';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module readable on its own and testable without WXT's globals.
  imports: false,
  hooks: {
    // Every wxt command (prepare on install, build, dev) writes the classifier's data afresh.
    ready: (wxt) => writeFieldData(wxt.config.root),
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // scripting: the loader has the background put the engine only into pages that hold a form.
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    content_scripts: [{ matches: ['<all_urls>'], js: ['loader.js'], run_at: 'document_idle' }],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'fill-all': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandFillAll__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'fillonce@fillonce.local', strict_min_version: `${MIN_FIREFOX}.0` },
          },
        }
      : { minimum_chrome_version: MIN_CHROME }),
  }),
  vite: ({ browser }) => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [
      {
        // The engine runs most of its code as soon as it is injected. V8's compile hint has it
        // compiled in one go, not parsed twice, lazily, a function at a time: a form page pays
        // about a third less (npm run bench). Older cores and Firefox ignore the comment. Added
        // last, to the finished file: minifying drops comments.
        name: 'fillonce:engine-compile-hint',
        enforce: 'post',
        generateBundle(_, bundle) {
          const engine = bundle['content-scripts/engine.js'];
          if (engine?.type === 'chunk') engine.code = `//# allFunctionsCalledOnLoad\n${engine.code}`;
        },
      },
    ],
    // Lowers syntax (and CSS, via cssTarget's default) for the oldest browser we support;
    // APIs are not polyfilled by this, which is what test/compat checks.
    build: { target: browser === 'firefox' ? `firefox${MIN_FIREFOX}` : `chrome${MIN_CHROME}` },
  }),
});
