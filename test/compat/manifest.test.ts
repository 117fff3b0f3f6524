import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifestOf = (build: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../.output/${build}/manifest.json`), 'utf8'));

/** Anything that would let FillOnce into every site at install, or without asking. */
const EVERY_SITE = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

describe('the permissions the built extension asks for', () => {
  it('in Chrome: no host at install, any one site on request', () => {
    const manifest = manifestOf('chrome-mv3');
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'scripting', 'contextMenus', 'activeTab']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(manifest.externally_connectable).toEqual({ ids: [] });
  });

  it('in Firefox: the same, in Manifest V2 terms', () => {
    const manifest = manifestOf('firefox-mv2');
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'scripting', 'contextMenus', 'activeTab']);
    expect(manifest.optional_permissions).toEqual(['*://*/*']);
    expect(manifest.content_scripts).toBeUndefined();
  });

  it('names no site-wide pattern anywhere that is granted at install', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      const manifest = manifestOf(build);
      const granted = [
        ...(manifest.permissions ?? []),
        ...(manifest.host_permissions ?? []),
        ...(manifest.content_scripts ?? []).flatMap((script: { matches: string[] }) => script.matches),
      ];
      expect(
        granted.filter((permission: string) => EVERY_SITE.includes(permission)),
        build,
      ).toEqual([]);
    }
  });
});
