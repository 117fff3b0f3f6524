import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The fixture portals' hosts: every demo portal is a *.localhost origin. */
export const FIXTURE_HOSTS = ['http://*.localhost/*'];

export interface ExtensionCopy {
  dir: string;
  remove(): void;
}

/**
 * The built extension as an IT desk would build it for its own portals: the same files, with
 * those hosts granted in the manifest, so FillOnce runs there from the start. The published
 * build asks for no host at all; FIXTURE_HOSTS stand for the county's portals. With no hosts,
 * the copy is the published build, as a person installs it.
 */
export function copyExtension(from: string, hosts: readonly string[], manifestVersion: 2 | 3): ExtensionCopy {
  const dir = mkdtempSync(join(tmpdir(), 'fillonce-extension-'));
  cpSync(from, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  if (hosts.length > 0 && manifestVersion === 3) manifest.host_permissions = [...hosts];
  if (hosts.length > 0 && manifestVersion === 2) manifest.permissions = [...manifest.permissions, ...hosts];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
