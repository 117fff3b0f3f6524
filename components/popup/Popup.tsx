import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { PageSummary } from '../../lib/messaging';
import type { TimeSaved } from '../../lib/stats';
import { formatDuration } from '../format';
import { t } from '../i18n';
import { browserSiteAccess, type SiteAccess } from './site-access';

export interface PopupProps {
  /** Opens the records manager (the options page). */
  openRecords: () => void;
  /** Opens the statistics page in a tab of its own. */
  openStatistics: () => void;
  /** Null when the tab has no page FillOnce runs on (a browser page, a PDF). */
  loadSummary: () => Promise<PageSummary | null>;
  loadTimeSaved: () => Promise<TimeSaved>;
  /** The tab's site and its permission; the browser's own by default. */
  site?: SiteAccess;
}

function Figure({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <div class="figure">
      <span class="figure-value" data-testid={testId}>
        {value}
      </span>
      <span class="figure-label">{label}</span>
    </div>
  );
}

/** Switches FillOnce on for the tab's site; nothing shows where the site is not known or no web page. */
function EnableSite({ site }: { site: SiteAccess }) {
  const state = useSignal<{ origin: string; enabled: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    site
      .origin()
      .then(async (origin) => {
        if (!origin) return;
        const enabled = await site.allowed(origin);
        if (live) state.value = { origin, enabled };
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [site, state]);
  const current = state.value;
  if (!current) return null;
  if (current.enabled) {
    return (
      <p class="site-enabled" data-testid="popup-site-enabled">
        {t('popupSiteEnabled')}
      </p>
    );
  }
  const enable = () => {
    // First: the browser asks only within the click's gesture.
    site.allow(current.origin).then(
      (granted) => {
        if (granted) state.value = { ...current, enabled: true };
      },
      () => {},
    );
  };
  return (
    <button type="button" class="enable-site" data-testid="popup-enable-site" onClick={enable}>
      {t('popupEnableSite')}
    </button>
  );
}

export function Popup({
  loadSummary,
  loadTimeSaved,
  openRecords,
  openStatistics,
  site = browserSiteAccess,
}: PopupProps) {
  const summary = useSignal<PageSummary | null | undefined>(undefined);
  const saved = useSignal<TimeSaved | null>(null);
  useSignalEffect(() => {
    loadSummary().then(
      (value) => (summary.value = value),
      () => (summary.value = null),
    );
    void loadTimeSaved().then((value) => (saved.value = value));
  });
  const page = summary.value;
  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <p class="portal" data-testid="popup-portal">
          {page === undefined ? '' : page === null ? t('popupNoForm') : (page.portalName ?? t('popupUnknownPortal'))}
        </p>
      </header>
      <EnableSite site={site} />
      {page && (
        <section class="figures">
          <Figure label={t('popupRecognised')} value={page.recognised} testId="popup-recognised" />
          <Figure label={t('popupDuplicates')} value={page.duplicates} testId="popup-duplicates" />
          <Figure label={t('popupFilled')} value={page.filled} testId="popup-filled" />
        </section>
      )}
      <section class="saved">
        <div>
          <span class="saved-label">{t('popupTimeSavedToday')}</span>
          <strong data-testid="popup-time-saved">{saved.value ? formatDuration(saved.value.todaySeconds) : '…'}</strong>
        </div>
        <div>
          <span class="saved-label">{t('popupTimeSavedTotal')}</span>
          <strong data-testid="popup-time-saved-total">
            {saved.value ? formatDuration(saved.value.totalSeconds) : '…'}
          </strong>
        </div>
      </section>
      <button type="button" class="records-link" data-testid="popup-open-records" onClick={openRecords}>
        {t('popupOpenRecords')}
      </button>
      <button type="button" class="records-link" data-testid="popup-open-statistics" onClick={openStatistics}>
        {t('dashOpen')}
      </button>
      <footer>{t('popupPrivacy')}</footer>
    </main>
  );
}
