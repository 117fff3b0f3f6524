import { useSignal } from '@preact/signals';
import type { FactView } from '../../lib/messaging';
import { t } from '../i18n';
import { ConflictValues } from './ConflictValues';
import { FactEditor } from './FactEditor';
import { fieldName, formatDate } from './labels';
import { SourceTag } from './SourceTag';

/** One current value (or the values in conflict) for a key and period, editable in place. */
export function FactRow({
  entityId,
  facts,
  onChanged,
}: {
  entityId: string;
  facts: readonly FactView[];
  onChanged: () => void;
}) {
  const editing = useSignal(false);
  const [first] = facts;
  if (!first) return null;
  const conflict = facts.length > 1 || first.conflict;
  return (
    <tr data-testid="options-fact-row" data-key={first.key} class={conflict ? 'is-conflict' : undefined}>
      <th scope="row" class="col-field" title={first.key}>
        {fieldName(first.key)}
        {conflict && <span class="badge badge-conflict">{t('optionsConflict')}</span>}
      </th>
      <td class="col-period">{first.period ?? ''}</td>
      {editing.value ? (
        <td colSpan={3}>
          <FactEditor
            entityId={entityId}
            fact={first}
            onDone={(saved) => {
              editing.value = false;
              if (saved) onChanged();
            }}
          />
        </td>
      ) : conflict ? (
        <td colSpan={3}>
          <ConflictValues entityId={entityId} facts={facts} onSettled={onChanged} />
        </td>
      ) : (
        <>
          <td class="value">{first.value}</td>
          <td>
            <SourceTag fact={first} />
          </td>
          <td class="col-date">{formatDate(first.observedAt)}</td>
        </>
      )}
      <td class="col-actions">
        {!editing.value && (
          <button type="button" class="btn-link" data-testid="options-fact-edit" onClick={() => (editing.value = true)}>
            {t('optionsEdit')}
          </button>
        )}
      </td>
    </tr>
  );
}
