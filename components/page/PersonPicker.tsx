import { useSignal } from '@preact/signals';
import type { PersonSummary } from '../../lib/records';
import { t } from '../i18n';

export interface PersonPickerProps {
  search: (query: string) => Promise<PersonSummary[]>;
  choose: (entityId: string) => void;
}

/** Finds a person on record by name or ID number, for forms that ask for the ID last. */
export function PersonPicker({ search, choose }: PersonPickerProps) {
  const results = useSignal<PersonSummary[] | null>(null);
  const onInput = async (event: Event) => {
    if (!event.isTrusted) return;
    const query = (event.currentTarget as HTMLInputElement).value;
    results.value = query.trim().length >= 2 ? await search(query) : null;
  };
  return (
    <div class="fo-picker">
      <p class="fo-hint">{t('panelLookupHint')}</p>
      <input
        type="search"
        class="fo-search"
        data-testid="fillonce-person-search"
        placeholder={t('panelSearchPlaceholder')}
        onInput={onInput}
      />
      {results.value && results.value.length === 0 && <p class="fo-hint">{t('panelNoMatch')}</p>}
      {results.value && results.value.length > 0 && (
        <ul class="fo-results">
          {results.value.map((person) => (
            <li key={person.entityId}>
              <button
                type="button"
                data-testid="fillonce-person-result"
                onClick={(event) => event.isTrusted && choose(person.entityId)}
              >
                <strong>{person.displayName}</strong> <span class="fo-muted">{person.maskedIdNumber}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
