import { BACKUP_STORES, type BackupDocument, type StoreCounts } from './format';

/** How many records of each kind a backup holds, so the person sees what a restore would bring back. */
export function summarise(backup: BackupDocument): StoreCounts {
  return Object.fromEntries(BACKUP_STORES.map((name) => [name, backup.stores[name].length])) as StoreCounts;
}
