import { useSignal } from '@preact/signals';
import type { DefinitionView } from '../../../lib/messaging';
import { t } from '../../i18n';
import { EnabledSwitch } from './EnabledSwitch';
import { sourceTag } from './labels';
import { NameCell } from './NameCell';
import { NameEditor } from './NameEditor';
import { PatternsEditor } from './PatternsEditor';
import { RowActions, type RowMode } from './RowActions';
import { selectable, selectedIds, setSelected } from './state';

/** One definition; at most one of its editors (name, patterns, delete) is open at a time. */
export function DefinitionRow({ view }: { view: DefinitionView }) {
  const mode = useSignal<RowMode>(null);
  const { definition, source } = view;
  const close = () => {
    mode.value = null;
  };
  return (
    <tr
      data-testid="definitions-row"
      data-id={definition.id}
      data-source={source}
      class={view.enabled ? undefined : 'is-off'}
    >
      <td class="col-select">
        <input
          type="checkbox"
          data-testid="definition-select"
          aria-label={t('definitionsSelectFor', definition.name)}
          disabled={!selectable(view)}
          checked={selectedIds.value.has(definition.id)}
          onChange={(event) => setSelected([definition.id], event.currentTarget.checked)}
        />
      </td>
      <td>{mode.value === 'name' ? <NameEditor view={view} onDone={close} /> : <NameCell view={view} />}</td>
      <td class="col-def-id mono">{definition.id}</td>
      <td class="col-def-source">
        <span class={`kind kind-${source}`}>{sourceTag(source)}</span>
      </td>
      <td>
        {mode.value === 'patterns' ? (
          <PatternsEditor view={view} onDone={close} />
        ) : (
          <ul class="patterns">
            {definition.match.urls.map((pattern) => (
              <li key={pattern} class="mono">
                {pattern}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td class="col-enabled">
        <EnabledSwitch view={view} />
      </td>
      <td class="col-def-actions">
        <RowActions view={view} mode={mode} />
      </td>
    </tr>
  );
}
