import type { Signal } from '@preact/signals';
import { type MergePart, parseStatsExport } from '../../lib/stats';
import { type MessageKey, t } from '../i18n';

const ERRORS: Record<'not-json' | 'not-stats' | 'version', MessageKey> = {
  'not-json': 'dashMergeErrorNotJson',
  'not-stats': 'dashMergeErrorNotStats',
  version: 'dashMergeErrorVersion',
};

/**
 * The admin's files from other staff. All are read before any is added: one bad file is named,
 * and the picture stays as it was.
 */
export function Merge({
  parts,
  error,
  sources,
}: {
  parts: Signal<MergePart[]>;
  error: Signal<string>;
  sources: ReadonlyArray<{ label: string; installationId: string }>;
}) {
  const choose = async (files: FileList | null) => {
    const read: MergePart[] = [];
    for (const file of Array.from(files ?? [])) {
      const parsed = parseStatsExport(await file.text());
      if (!parsed.ok) {
        error.value = t(ERRORS[parsed.error], file.name);
        return;
      }
      read.push({ label: file.name, stats: parsed.stats });
    }
    error.value = '';
    parts.value = [...parts.value, ...read];
  };
  return (
    <section class="panel no-print">
      <h2>{t('dashMergeHeading')}</h2>
      <p class="definition-text">{t('dashMergeHint')}</p>
      <label class="chip">
        {t('dashMergeFiles')}
        <input
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          data-testid="dashboard-merge-files"
          onChange={(event) => {
            void choose(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
      </label>
      {parts.value.length > 0 && (
        <button type="button" class="chip" data-testid="dashboard-merge-clear" onClick={() => (parts.value = [])}>
          {t('dashMergeClear')}
        </button>
      )}
      {error.value && (
        <p class="merge-error" role="alert" data-testid="dashboard-merge-error">
          {error.value}
        </p>
      )}
      {parts.value.length > 0 && (
        <>
          <ul class="merge-sources" data-testid="dashboard-merge-sources">
            {sources.map((source) => (
              <li key={source.installationId}>
                {source.label} <code>{source.installationId.slice(0, 8)}</code>
              </li>
            ))}
          </ul>
          <p class="definition-text">{t('dashMergeNoFilter')}</p>
        </>
      )}
    </section>
  );
}
