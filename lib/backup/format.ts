import type { StoreNames } from 'idb';
import type { Entity, Fact, FillEvent, Membership, Setting, Submission } from '../domain/records';
import type { RecordsSchema } from '../records/schema';

export const BACKUP_FORMAT = 'fillonce-backup';
export const ENCRYPTED_BACKUP_FORMAT = 'fillonce-backup-encrypted';
export const BACKUP_VERSION = 1;

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256; fewer would make a stolen file cheap to brute-force. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** A file may not demand so much work that opening it hangs the extension. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

/** The order stores are written and shown in. */
export const BACKUP_STORES = ['entities', 'facts', 'memberships', 'submissions', 'fills', 'settings'] as const;
export type BackupStoreName = (typeof BACKUP_STORES)[number];

/**
 * The stores a backup reads and restores. Facts live in fact sheets since schema version 3;
 * a backup lists them one by one all the same, so the file format did not have to change.
 */
export const DATABASE_STORES = ['entities', 'factSheets', 'memberships', 'submissions', 'fills', 'settings'] as const;

/** The statistics' sums are rebuilt from submissions and fills: a restore or a wipe empties them. */
export const DERIVED_STORES = ['stats'] as const;

/** Fails to compile when the records schema gains a store a backup would silently leave out. */
export type EveryStoreBackedUp = [
  Exclude<StoreNames<RecordsSchema>, (typeof DATABASE_STORES)[number] | (typeof DERIVED_STORES)[number] | 'facts'>,
] extends [never]
  ? true
  : never;
export const everyStoreBackedUp: EveryStoreBackedUp = true;

export type StoreCounts = Record<BackupStoreName, number>;

export interface BackupStores {
  entities: Entity[];
  facts: Fact[];
  memberships: Membership[];
  submissions: Submission[];
  fills: FillEvent[];
  settings: Setting[];
}

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** The records schema the data was read from; a newer one than this build knows is refused. */
  schemaVersion: number;
  createdAt: number;
  stores: BackupStores;
}

export interface EncryptedBackup {
  format: typeof ENCRYPTED_BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
}

export type BackupErrorCode =
  | 'not-json'
  | 'not-a-backup'
  | 'newer-version'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'corrupted'
  | 'invalid';

export interface BackupError {
  code: BackupErrorCode;
  /** For the person and for bug reports: the first problem found, such as `facts[3].entityId: no such entity`. */
  detail: string;
}

export type DecodeResult = { ok: true; backup: BackupDocument } | { ok: false; error: BackupError };
