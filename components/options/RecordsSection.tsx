import { t } from '../i18n';
import { EntityView } from './EntityView';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { selectedEntityId } from './state';

export function RecordsSection() {
  const entityId = selectedEntityId.value;
  return (
    <section class="section records">
      <header class="section-head">
        <h1>{t('optionsNavRecords')}</h1>
        <p>{t('optionsRecordsIntro')}</p>
      </header>
      <div class="records-layout">
        <aside class="records-side">
          <SearchBox />
          <SearchResults />
        </aside>
        <div class="records-detail">
          {entityId ? (
            <EntityView key={entityId} entityId={entityId} />
          ) : (
            <p class="placeholder">{t('optionsPickRecord')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
