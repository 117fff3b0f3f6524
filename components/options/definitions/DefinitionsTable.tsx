import type { DefinitionView } from '../../../lib/messaging';
import { t } from '../../i18n';
import { DefinitionRow } from './DefinitionRow';
import { selectable, selectedIds, setSelected } from './state';

export function DefinitionsTable({ views }: { views: readonly DefinitionView[] }) {
  const ids = views.filter(selectable).map((view) => view.definition.id);
  const all = ids.length > 0 && ids.every((id) => selectedIds.value.has(id));
  return (
    <table class="grid definitions-table">
      <thead>
        <tr>
          <th class="col-select">
            <input
              type="checkbox"
              data-testid="definitions-select-all"
              aria-label={t('definitionsSelectAll')}
              title={t('definitionsSelectAll')}
              disabled={ids.length === 0}
              checked={all}
              onChange={(event) => setSelected(ids, event.currentTarget.checked)}
            />
          </th>
          <th>{t('definitionsColName')}</th>
          <th class="col-def-id">{t('definitionsColId')}</th>
          <th class="col-def-source">{t('definitionsColSource')}</th>
          <th>{t('definitionsColUrls')}</th>
          <th class="col-enabled">{t('definitionsColEnabled')}</th>
          <th class="col-def-actions">{t('optionsColActions')}</th>
        </tr>
      </thead>
      <tbody>
        {views.map((view) => (
          <DefinitionRow key={view.definition.id} view={view} />
        ))}
      </tbody>
    </table>
  );
}
