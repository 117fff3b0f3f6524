import * as v from 'valibot';
import { RECORDS_DB_VERSION } from '../records/schema';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupErrorCode, type DecodeResult } from './format';
import { describeIssue } from './issues';
import { findBrokenReference } from './references';
import { backupDocumentSchema } from './schema';

export const failure = (code: BackupErrorCode, detail: string): DecodeResult => ({
  ok: false,
  error: { code, detail },
});

const isNewer = (found: unknown, known: number) => typeof found === 'number' && found > known;

/** Checks a parsed plain backup: its kind, its version, every record's shape, then the links between records. */
export function validateBackup(parsed: unknown): DecodeResult {
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== BACKUP_FORMAT) {
    return failure('not-a-backup', 'not a FillOnce backup');
  }
  const { version, schemaVersion } = parsed as { version?: unknown; schemaVersion?: unknown };
  // Refused before validating: a newer build may have changed the shape, so its issues would mislead.
  if (isNewer(version, BACKUP_VERSION)) return failure('newer-version', `backup format version ${version}`);
  if (isNewer(schemaVersion, RECORDS_DB_VERSION))
    return failure('newer-version', `records schema version ${schemaVersion}`);
  const result = v.safeParse(backupDocumentSchema, parsed, { abortEarly: true });
  if (!result.success) return failure('invalid', result.issues[0] ? describeIssue(result.issues[0]) : 'invalid backup');
  const broken = findBrokenReference(result.output.stores);
  if (broken) return failure('invalid', broken);
  return { ok: true, backup: result.output };
}
