import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import { conflictCount, SECTIONS, type SectionId, section, showSection } from './state';

const LABELS: Record<SectionId, MessageKey> = {
  records: 'optionsNavRecords',
  conflicts: 'optionsNavConflicts',
  import: 'optionsNavImport',
  backup: 'optionsNavBackup',
  definitions: 'optionsNavDefinitions',
  settings: 'optionsNavSettings',
};

export function Nav() {
  const conflicts = conflictCount.value;
  return (
    <nav class="nav" aria-label={t('optionsPageTitle')}>
      <div class="brand">
        <strong>{t('panelTitle')}</strong>
        <span>{t('optionsSubtitle')}</span>
      </div>
      {SECTIONS.map((id) => (
        <button
          key={id}
          type="button"
          class={section.value === id ? 'nav-item active' : 'nav-item'}
          aria-current={section.value === id ? 'page' : undefined}
          data-testid={`options-nav-${id}`}
          onClick={() => showSection(id)}
        >
          <span>{t(LABELS[id])}</span>
          {id === 'conflicts' && conflicts ? <span class="nav-count">{conflicts}</span> : null}
        </button>
      ))}
      <a class="nav-item" href="/dashboard.html" target="_blank" rel="noopener" data-testid="options-open-statistics">
        <span>{t('dashOpen')}</span>
      </a>
      <p class="nav-foot">{t('popupPrivacy')}</p>
    </nav>
  );
}
