import { useSignal } from '@preact/signals';
import type { EntityDetail } from '../../lib/messaging';
import { t } from '../i18n';
import { send } from './api';
import { FactsTable } from './FactsTable';
import { HistoryTable } from './HistoryTable';
import { Identifiers } from './Identifiers';
import { kindLabel } from './labels';
import { Relations } from './Relations';
import { refreshConflictCount, searchResults, selectedEntityId } from './state';
import { showError, showToast } from './toast';
import { useEntity } from './use-entity';

async function restore(entity: EntityDetail, after: () => void): Promise<void> {
  try {
    const { restored } = await send('optionsToBackground:restoreEntity', { entityId: entity.id });
    showToast(restored ? t('optionsRestored', entity.displayName) : t('optionsRestoreFailed'));
    after();
  } catch (error) {
    showError(error);
  }
}

export function EntityView({ entityId }: { entityId: string }) {
  const { detail, reload } = useEntity(entityId);
  const busy = useSignal(false);
  const entity = detail.value;
  if (entity === undefined) return <p class="placeholder">{t('optionsLoading')}</p>;
  if (entity === null) return <p class="placeholder">{t('optionsEntityMissing')}</p>;

  const remove = async () => {
    busy.value = true;
    try {
      const { deleted } = await send('optionsToBackground:deleteEntity', { entityId });
      if (!deleted) return showToast(t('optionsDeleteFailed'), { tone: 'error' });
      const shown = searchResults.value;
      const removed = shown?.find((result) => result.entityId === entityId);
      if (shown) searchResults.value = shown.filter((result) => result !== removed);
      selectedEntityId.value = null;
      void refreshConflictCount();
      showToast(t('optionsDeleted', entity.displayName), {
        ms: 10_000,
        action: {
          label: t('undo'),
          testId: 'options-undo-delete',
          run: () =>
            void restore(entity, () => {
              if (removed && searchResults.value) searchResults.value = [removed, ...searchResults.value];
              selectedEntityId.value = entityId;
              void refreshConflictCount();
            }),
        },
      });
    } catch (error) {
      showError(error);
    } finally {
      busy.value = false;
    }
  };

  const current = entity.facts.filter((fact) => fact.current);
  const older = entity.facts.filter((fact) => !fact.current);
  return (
    <article class="entity" data-testid="options-entity" data-entity-id={entity.id}>
      <header class="entity-head">
        <div class="entity-title">
          <h2>{entity.displayName || t('optionsUnnamed')}</h2>
          <span class="tag">{kindLabel(entity.kind)}</span>
          {entity.deleted && <span class="badge badge-muted">{t('optionsDeletedBadge')}</span>}
        </div>
        {entity.deleted ? (
          <button type="button" class="btn" onClick={() => void restore(entity, reload)}>
            {t('optionsRestoreEntity')}
          </button>
        ) : (
          <button
            type="button"
            class="btn btn-danger"
            data-testid="options-delete"
            disabled={busy.value}
            onClick={remove}
          >
            {t('optionsDelete')}
          </button>
        )}
      </header>
      <Identifiers identifiers={entity.maskedIdentifiers} />
      <FactsTable entityId={entity.id} facts={current} onChanged={reload} />
      <HistoryTable facts={older} />
      <Relations members={entity.members} households={entity.households} />
    </article>
  );
}
