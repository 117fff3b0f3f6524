import { fromBase64, toBase64 } from './base64';
import {
  BACKUP_VERSION,
  ENCRYPTED_BACKUP_FORMAT,
  type EncryptedBackup,
  IV_BYTES,
  MIN_PBKDF2_ITERATIONS,
  SALT_BYTES,
} from './format';

/** NFC so a passphrase typed through a different input method still opens the file. */
async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = new TextEncoder().encode(passphrase.normalize('NFC'));
  const base = await crypto.subtle.importKey('raw', material, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encrypt(plain: string, passphrase: string): Promise<EncryptedBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, MIN_PBKDF2_ITERATIONS);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain));
  return {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(data)),
  };
}

/**
 * Null when the tag does not verify. AES-GCM cannot tell a wrong passphrase from a changed
 * ciphertext; the caller has already checked the envelope, so it reports a wrong passphrase.
 * Expects an envelope that passed `encryptedBackupSchema`, so the base64 fields decode.
 */
export async function decrypt(envelope: EncryptedBackup, passphrase: string): Promise<ArrayBuffer | null> {
  const salt = fromBase64(envelope.kdf.salt);
  const iv = fromBase64(envelope.cipher.iv);
  const data = fromBase64(envelope.data);
  if (!salt || !iv || !data) return null;
  const key = await deriveKey(passphrase, salt, envelope.kdf.iterations);
  try {
    return await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
  } catch {
    return null;
  }
}
