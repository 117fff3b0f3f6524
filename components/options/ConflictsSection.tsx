import { useSignal } from '@preact/signals';
import { useCallback, useEffect } from 'preact/hooks';
import type { ConflictView } from '../../lib/messaging';
import { t } from '../i18n';
import { errorText, send } from './api';
import { ConflictValues } from './ConflictValues';
import { fieldName } from './labels';
import { conflictCount, openEntity } from './state';

/** Every unsettled conflict across all records, settled in place. */
export function ConflictsSection() {
  const conflicts = useSignal<ConflictView[] | undefined>(undefined);
  const failure = useSignal<string | null>(null);
  const load = useCallback(() => {
    send('optionsToBackground:listConflicts', {}).then(
      (list) => {
        conflicts.value = list;
        conflictCount.value = list.length;
        failure.value = null;
      },
      (error: unknown) => {
        conflicts.value = [];
        failure.value = errorText(error);
      },
    );
  }, [conflicts, failure]);
  useEffect(() => load(), [load]);

  const list = conflicts.value;
  return (
    <section class="section">
      <header class="section-head">
        <h1>{t('optionsNavConflicts')}</h1>
        <p>{t('optionsConflictsIntro')}</p>
      </header>
      {failure.value && <p class="alert alert-error">{t('optionsError', failure.value)}</p>}
      {list === undefined ? (
        <p class="placeholder">{t('optionsLoading')}</p>
      ) : list.length === 0 ? (
        !failure.value && <p class="placeholder">{t('optionsNoConflicts')}</p>
      ) : (
        <table class="grid conflicts">
          <thead>
            <tr>
              <th>{t('optionsColPerson')}</th>
              <th class="col-field">{t('optionsColField')}</th>
              <th class="col-period">{t('optionsColPeriod')}</th>
              <th>{t('optionsColValues')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((conflict) => (
              <tr
                key={`${conflict.entityId}|${conflict.key}|${conflict.period ?? ''}`}
                data-testid="options-conflict"
                data-key={conflict.key}
                data-entity-id={conflict.entityId}
              >
                <td>
                  <button type="button" class="btn-link" onClick={() => openEntity(conflict.entityId)}>
                    {conflict.entityName || t('optionsUnnamed')}
                  </button>
                </td>
                <th scope="row" class="col-field" title={conflict.key}>
                  {fieldName(conflict.key)}
                </th>
                <td class="col-period">{conflict.period ?? ''}</td>
                <td>
                  <ConflictValues entityId={conflict.entityId} facts={conflict.values} onSettled={load} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
