import type { CaptureMode } from '../messaging/records-views';
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
