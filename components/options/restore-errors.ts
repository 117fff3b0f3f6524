import type { MessageKey } from '../i18n';
import { t } from '../i18n';

/** The background's reasons for refusing a backup (`code: detail`), as people read them. */
const REASONS: Record<string, MessageKey> = {
  'not-json': 'optionsRestoreNotBackup',
  'not-a-backup': 'optionsRestoreNotBackup',
  'newer-version': 'optionsRestoreNewerVersion',
  'needs-passphrase': 'optionsRestoreNeedsPassphrase',
  'wrong-passphrase': 'optionsRestoreWrongPassphrase',
  corrupted: 'optionsRestoreCorrupt',
  invalid: 'optionsRestoreInvalid',
  'write-failed': 'optionsRestoreWriteFailed',
};

/** The headline in the person's words, and the technical detail for a bug report. */
export function restoreErrorText(error: string): { headline: string; detail: string } {
  const split = error.indexOf(':');
  const code = (split < 0 ? error : error.slice(0, split)).trim();
  const detail = split < 0 ? '' : error.slice(split + 1).trim();
  const reason = REASONS[code];
  return reason ? { headline: t(reason), detail } : { headline: t('optionsRestoreOtherError', error), detail: '' };
}

/** What a restore brought back, by store: entities → 人员、家庭户与单位. */
const COUNTS: Record<string, MessageKey> = {
  entities: 'optionsCountEntities',
  facts: 'optionsCountFacts',
  memberships: 'optionsCountMemberships',
  submissions: 'optionsCountSubmissions',
  fills: 'optionsCountFills',
  settings: 'optionsCountSettings',
};

export function countLabel(store: string): string {
  const label = COUNTS[store];
  return label ? t(label) : store;
}
