import { useSignal } from '@preact/signals';
import { formatReportDate } from '../format';
import { t } from '../i18n';
import { PersonPicker, type PersonPickerProps } from './PersonPicker';
import { fieldKey, type PageState } from './state';

export interface PanelActions extends PersonPickerProps {
  fillAll: (event: Event) => void;
  undo: () => void;
  /** "This value is wrong": the person says what the field really is. */
  teach: (control: Element) => void;
}

export function Panel({ state, actions }: { state: PageState; actions: PanelActions }) {
  const collapsed = useSignal(false);
  const person = state.person.value;
  const duplicates = state.duplicates.value;
  if (collapsed.value) {
    return (
      <button type="button" class="fo-tab" data-testid="fillonce-expand" onClick={() => (collapsed.value = false)}>
        {t('panelExpand')} · {duplicates.length}
      </button>
    );
  }
  return (
    <aside class="fo-panel" data-testid="fillonce-panel" aria-label={t('panelTitle')}>
      <header class="fo-header">
        <strong>{t('panelTitle')}</strong>
        <span class="fo-portal">{state.portal.value?.name ?? t('panelUnknownPortal')}</span>
        <button type="button" class="fo-close" aria-label={t('panelMinimize')} onClick={() => (collapsed.value = true)}>
          –
        </button>
      </header>
      {person ? (
        <div class="fo-person" data-testid="fillonce-person">
          <strong>{person.displayName}</strong> <span class="fo-muted">{person.maskedIdNumber}</span>
        </div>
      ) : (
        <PersonPicker search={actions.search} choose={actions.choose} />
      )}
      {state.lookup.value === 'not-found' && <p class="fo-hint">{t('panelPersonNotFound')}</p>}
      <div class="fo-count">
        <strong data-testid="fillonce-duplicate-count">{duplicates.length}</strong>
        <span>{t('panelDuplicatesLabel')}</span>
      </div>
      {duplicates.length > 0 && (
        <ul class="fo-duplicates">
          {duplicates.map(({ field, fact }) => (
            <li key={fieldKey(field)}>
              <span class="fo-label">{field.label}</span>
              <span class="fo-where">{fact.portalName}</span>
              <span class="fo-muted">{formatReportDate(fact.observedAt)}</span>
              <button
                type="button"
                class="fo-wrong"
                data-testid="fillonce-wrong-value"
                aria-label={t('panelWrongValueLabel', field.label)}
                onClick={(event) => event.isTrusted && actions.teach(field.control)}
              >
                {t('panelWrongValue')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {state.conflicts.value.length > 0 && (
        <div class="fo-conflicts" data-testid="fillonce-conflicts">
          <p class="fo-hint">{t('panelConflicts')}</p>
          <ul class="fo-duplicates">
            {state.conflicts.value.map(({ field, facts }) => (
              <li key={fieldKey(field)} data-testid="fillonce-conflict" data-key={field.key}>
                <span class="fo-label">{field.label}</span>
                <span class="fo-where">{facts.map((fact) => `${fact.value}（${fact.portalName}）`).join(' ≠ ')}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <footer class="fo-actions">
        <button
          type="button"
          class="fo-primary"
          data-testid="fillonce-fill-all"
          disabled={duplicates.length === 0}
          onClick={actions.fillAll}
        >
          {t('fillAll')}
        </button>
        <button
          type="button"
          data-testid="fillonce-undo"
          disabled={state.lastFill.value === null}
          onClick={actions.undo}
        >
          {t('undo')}
        </button>
      </footer>
    </aside>
  );
}
