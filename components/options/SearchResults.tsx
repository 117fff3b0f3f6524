import { t } from '../i18n';
import { kindLabel } from './labels';
import { searchResults, selectedEntityId } from './state';

export function SearchResults() {
  const results = searchResults.value;
  if (results === null) return <p class="hint">{t('optionsSearchHint')}</p>;
  if (results.length === 0) return <p class="hint">{t('optionsNoResults')}</p>;
  return (
    <ul class="results" aria-label={t('optionsResults')}>
      {results.map((result) => (
        <li key={result.entityId}>
          <button
            type="button"
            data-testid="options-result"
            data-entity-id={result.entityId}
            class={selectedEntityId.value === result.entityId ? 'result selected' : 'result'}
            onClick={() => (selectedEntityId.value = result.entityId)}
          >
            <span class="result-name">{result.displayName || t('optionsUnnamed')}</span>
            <span class="tag">{kindLabel(result.kind)}</span>
            <span class="result-id mono">{result.maskedIdNumber || '—'}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
