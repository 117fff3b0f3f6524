import * as v from 'valibot';
import { fromBase64 } from './base64';
import {
  BACKUP_VERSION,
  ENCRYPTED_BACKUP_FORMAT,
  IV_BYTES,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  SALT_BYTES,
} from './format';

const bytes = (length: number) =>
  v.pipe(
    v.string(),
    v.check((text) => fromBase64(text)?.length === length, `Expected ${length} bytes of base64`),
  );

/** AES-GCM appends a 16-byte tag, so anything shorter cannot be a ciphertext. */
const ciphertext = v.pipe(
  v.string(),
  v.check((text) => (fromBase64(text)?.length ?? 0) >= 16, 'Expected base64 ciphertext'),
);

export const encryptedBackupSchema = v.strictObject({
  format: v.literal(ENCRYPTED_BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  kdf: v.strictObject({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(MIN_PBKDF2_ITERATIONS), v.maxValue(MAX_PBKDF2_ITERATIONS)),
    salt: bytes(SALT_BYTES),
  }),
  cipher: v.strictObject({ name: v.literal('AES-GCM'), iv: bytes(IV_BYTES) }),
  data: ciphertext,
});
