import { useSignal } from '@preact/signals';
import { t } from '../i18n';
import { send } from './api';
import { searchQuery, searchResults } from './state';
import { showError } from './toast';

let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Only the newest search's answer is shown, however the replies arrive. */
async function runSearch(query: string, searching: { value: boolean }): Promise<void> {
  const ticket = ++latest;
  const needle = query.trim().slice(0, 64);
  if (!needle) {
    searchResults.value = null;
    return;
  }
  searching.value = true;
  try {
    const results = await send('optionsToBackground:search', { query: needle });
    if (ticket === latest) searchResults.value = results;
  } catch (error) {
    if (ticket === latest) searchResults.value = [];
    showError(error);
  } finally {
    if (ticket === latest) searching.value = false;
  }
}

export function SearchBox() {
  const searching = useSignal(false);
  return (
    <form
      class="search"
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer);
        void runSearch(searchQuery.value, searching);
      }}
    >
      <input
        type="search"
        data-testid="options-search"
        aria-label={t('optionsSearchPlaceholder')}
        placeholder={t('optionsSearchPlaceholder')}
        maxLength={64}
        value={searchQuery.value}
        onInput={(event) => {
          searchQuery.value = event.currentTarget.value;
          clearTimeout(timer);
          timer = setTimeout(() => void runSearch(searchQuery.value, searching), 250);
        }}
      />
      <button type="submit" class="btn btn-primary" disabled={searching.value}>
        {t('optionsSearch')}
      </button>
    </form>
  );
}
