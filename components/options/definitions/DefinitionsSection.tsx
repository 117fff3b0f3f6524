import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import { DefinitionsTable } from './DefinitionsTable';
import { ExportSelected } from './ExportSelected';
import { ImportDefinitions } from './ImportDefinitions';
import { definitionViews, listFailure, loadDefinitions } from './state';

/** The portal definitions in force: switched on or off, renamed, re-pointed, exported and imported. */
export function DefinitionsSection() {
  useEffect(() => void loadDefinitions(), []);
  const list = definitionViews.value;
  return (
    <section class="section definitions">
      <header class="section-head">
        <h1>{t('optionsNavDefinitions')}</h1>
        <p>{t('definitionsIntro')}</p>
      </header>
      {listFailure.value && <p class="alert alert-error">{t('optionsError', listFailure.value)}</p>}
      {list === undefined ? (
        <p class="placeholder">{t('optionsLoading')}</p>
      ) : list.length === 0 ? (
        !listFailure.value && <p class="placeholder">{t('definitionsNone')}</p>
      ) : (
        <>
          <ExportSelected />
          <DefinitionsTable views={list} />
        </>
      )}
      <ImportDefinitions />
    </section>
  );
}
