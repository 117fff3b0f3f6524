import type { CaptureMode } from '../domain/views';
import type { RecordsDb } from './schema';

const keyOf = (portalId: string) => `capture:${portalId}`;

/** A portal's capture mode as the person set it, else the portal definition's own. */
export async function captureModeOf(db: RecordsDb, portalId: string, fallback: CaptureMode): Promise<CaptureMode> {
  const setting = await db.get('settings', keyOf(portalId));
  return (setting?.value as CaptureMode | undefined) ?? fallback;
}

export async function setCaptureMode(db: RecordsDb, portalId: string, mode: CaptureMode): Promise<void> {
  await db.put('settings', { key: keyOf(portalId), value: mode });
}

const INSTALLATION = 'installation-id';

/**
 * An anonymous id for this installation, made on first use: a merged statistics file says which
 * installation each part came from without saying whose it is.
 */
export async function installationId(db: RecordsDb, makeId: () => string): Promise<string> {
  const known = await db.get('settings', INSTALLATION);
  if (known) return known.value;
  const id = makeId();
  await db.put('settings', { key: INSTALLATION, value: id });
  return id;
}
