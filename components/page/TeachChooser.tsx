import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { searchKeys } from '../../lib/fields';
import type { TaughtChoice } from '../../lib/portals';
import { t } from '../i18n';
import type { PageState } from './state';

export interface TeachActions {
  /** Saves the choice for the field; resolves to why it was not saved, or null. */
  saveTeaching: (choice: TaughtChoice, pattern: string) => Promise<string | null>;
  /** The pattern a new definition for this page would get, for the person to confirm or edit. */
  proposedPattern: () => string;
}

/**
 * "This field is…": the keys searched in Chinese or English, the person's ID field, or nothing.
 * Only a trusted click or key saves: a page's script cannot teach FillOnce a wrong key.
 */
export function TeachChooser({ state, actions }: { state: PageState; actions: TeachActions }) {
  const request = state.teach.value;
  const query = useSignal('');
  const pattern = useSignal(actions.proposedPattern());
  const error = useSignal<string | null>(null);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (request) search.current?.focus();
  }, [request]);
  if (!request) return null;
  const isNew = state.portal.value === null;
  const choices = searchKeys(query.value);
  const close = () => {
    state.teach.value = null;
    query.value = '';
    error.value = null;
  };
  const save = async (event: Event, choice: TaughtChoice) => {
    if (!event.isTrusted) return;
    error.value = await actions.saveTeaching(choice, pattern.value);
    if (error.value === null) close();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
    const first = choices[0];
    if (event.key === 'Enter' && first) void save(event, { kind: 'key', key: first.key });
  };
  return (
    <div
      class="fo-teach"
      role="dialog"
      aria-modal="true"
      aria-label={t('teachTitle')}
      data-testid="fillonce-teach"
      onKeyDown={onKey}
    >
      <header class="fo-header">
        <strong>{t('teachTitle')}</strong>
        <span class="fo-portal">{t('teachField', request.label)}</span>
      </header>
      {isNew && (
        <label class="fo-teach-pattern">
          <span>{t('teachPattern')}</span>
          <input
            type="text"
            data-testid="fillonce-teach-pattern"
            value={pattern.value}
            onInput={(event) => (pattern.value = event.currentTarget.value)}
          />
          <span class="fo-hint">{t('teachPatternHint')}</span>
        </label>
      )}
      <input
        ref={search}
        type="search"
        class="fo-search"
        data-testid="fillonce-teach-search"
        placeholder={t('teachSearch')}
        aria-label={t('teachSearch')}
        value={query.value}
        onInput={(event) => (query.value = event.currentTarget.value)}
      />
      <ul class="fo-results fo-teach-keys">
        {choices.map((choice) => (
          <li key={choice.key}>
            <button
              type="button"
              data-testid="fillonce-teach-key"
              data-key={choice.key}
              onClick={(event) => void save(event, { kind: 'key', key: choice.key })}
            >
              <strong>{choice.zh}</strong> <span class="fo-muted">{choice.en}</span>
            </button>
          </li>
        ))}
      </ul>
      {choices.length === 0 && <p class="fo-hint">{t('teachNoMatch')}</p>}
      {error.value && (
        <p class="fo-hint fo-error" role="alert" data-testid="fillonce-teach-error">
          {t('teachFailed', error.value)}
        </p>
      )}
      <footer class="fo-actions">
        <button
          type="button"
          data-testid="fillonce-teach-id"
          onClick={(event) => void save(event, { kind: 'id-field' })}
        >
          {t('teachIdField')}
        </button>
        <button
          type="button"
          data-testid="fillonce-teach-ignore"
          onClick={(event) => void save(event, { kind: 'ignore' })}
        >
          {t('teachIgnore')}
        </button>
        <button type="button" data-testid="fillonce-teach-cancel" onClick={close}>
          {t('teachCancel')}
        </button>
      </footer>
    </div>
  );
}
