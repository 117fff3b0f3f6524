export { encryptedBackupSchema } from './envelope';
export { encodeBackup, exportBackup } from './export';
export {
  BACKUP_FORMAT,
  BACKUP_STORES,
  BACKUP_VERSION,
  type BackupDocument,
  type BackupError,
  type BackupErrorCode,
  type BackupStoreName,
  type BackupStores,
  DATABASE_STORES,
  type DecodeResult,
  ENCRYPTED_BACKUP_FORMAT,
  type EncryptedBackup,
  IV_BYTES,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  SALT_BYTES,
  type StoreCounts,
} from './format';
export { findBrokenReference } from './references';
export { decodeBackup, restoreBackup, wipeRecords } from './restore';
export {
  backupDocumentSchema,
  entitySchema,
  factSchema,
  fillEventSchema,
  membershipSchema,
  provenanceSchema,
  settingSchema,
  submissionSchema,
} from './schema';
export { summarise } from './summary';
