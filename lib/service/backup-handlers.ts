import { decodeBackup, encodeBackup, exportBackup, restoreBackup, wipeRecords } from '../backup';
import type { Handlers } from '../messaging';
import type { RecordsDb } from '../records';

type BackupMessage =
  | 'optionsToBackground:exportBackup'
  | 'optionsToBackground:restoreBackup'
  | 'optionsToBackground:wipe';

const day = (now: number) => new Date(now).toISOString().slice(0, 10).replaceAll('-', '');

/** Backup, restore and wipe: a restore validates everything before it writes, then writes all or nothing. */
export function createBackupHandlers(db: () => Promise<RecordsDb>, now: () => number): Handlers<BackupMessage> {
  return {
    'optionsToBackground:exportBackup': async ({ passphrase }) => {
      const at = now();
      const content = await encodeBackup(await exportBackup(await db(), at), passphrase || undefined);
      return { fileName: `fillonce-backup-${day(at)}${passphrase ? '-encrypted' : ''}.json`, content };
    },
    'optionsToBackground:restoreBackup': async ({ content, passphrase }) => {
      const decoded = await decodeBackup(content, passphrase || undefined);
      if (!decoded.ok) return { restored: false, error: `${decoded.error.code}: ${decoded.error.detail}` };
      try {
        return { restored: true, counts: await restoreBackup(await db(), decoded.backup) };
      } catch (error) {
        return { restored: false, error: `write-failed: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    'optionsToBackground:wipe': async () => {
      await wipeRecords(await db());
      return { wiped: true };
    },
  };
}
