import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module readable on its own and testable without WXT's globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'fill-all': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandFillAll__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'fillonce@fillonce.local', strict_min_version: '115.0' } },
    }),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
