import { defineConfig } from 'wxt';
import { writeFieldData } from './lib/fields/field-data';

// Windows 7 desks stop at Chrome 109 and the domestic browsers (360, 奇安信) ship cores of that age;
// Firefox 115 is the ESR that still runs on Windows 7. test/compat checks the bundles against both.
const MIN_CHROME = '109';
const MIN_FIREFOX = '115';

/**
 * The public half of the key that fixes the unpacked extension's id at fnjlndaekaemhigimagdfcbkmnjlcenm,
 * so an IT desk's policy (README, "Managed packs") names the same extension on every machine.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsLB541irws1GhzNtCMXpp8uytY9S2veZ2cwdAwXl3ugnGF8UP2nRCanPvL7zqVn/t7JQN9Bdp4wFJo6m4PRYb++jrWNWa9VERThNgtI6fykSVcnnmDuUPJY90V2xuMo90jb1AZM5oM8vy5VerDiY67eH0aaV4hlNxd0/k/0XK7h1zKovBC4N0nM0dKe8YP946ZvrevVh64X8G31qzmTf13sdhQvOaQh85G7XqLqFI4P4d2bEqYHJBIWxhhwJJLjVNK5iDVHmLvMWcJnJnb3xufxHpKrIqSJdvDI1cXj8V4o7My5Lr9QuqjUjg3MILGSd9/eOMSX0IPWrTOSu5HlXDwIDAQAB';

/** Any site, asked for one host at a time, or all at once by the "work on every site" switch. */
const OPTIONAL_HOSTS = ['*://*/*'];

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
    // scripting: the loader is registered for the sites FillOnce holds a permission for, and has
    // the engine put only into their pages that hold a form. No host at install: none is asked for.
    // contextMenus: "switch FillOnce on here" and "this field is…". activeTab: the popup, opened
    // from the toolbar, learns its tab's site to offer switching it on; no install warning.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'contextMenus', 'activeTab'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'fill-all': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandFillAll__',
      },
    },
    ...(browser === 'firefox'
      ? {
          optional_permissions: OPTIONAL_HOSTS,
          browser_specific_settings: {
            gecko: { id: 'fillonce@fillonce.local', strict_min_version: `${MIN_FIREFOX}.0` },
          },
        }
      : {
          minimum_chrome_version: MIN_CHROME,
          optional_host_permissions: OPTIONAL_HOSTS,
          key: CHROME_PUBLIC_KEY,
          // No other extension, and no web page, may message FillOnce: without this key any extension could.
          externally_connectable: { ids: [] },
          storage: { managed_schema: 'managed_schema.json' },
        }),
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
