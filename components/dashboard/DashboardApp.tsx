import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import type { DashboardStats } from '../../lib/messaging';
import {
  figuresOf,
  filterChoices,
  type MergePart,
  mergeExports,
  type StatsFilter,
  type StatsInput,
  statsJson,
} from '../../lib/stats';
import { t } from '../i18n';
import { keyName } from '../key-name';
import { BurdenBars, TrendChart } from './Charts';
import { Exports } from './Exports';
import { Matrix } from './Matrix';
import { Merge } from './Merge';
import { SummaryCards } from './SummaryCards';
import { KeyTable, PortalTable } from './Tables';

export function DashboardApp({
  load,
  loadEvents,
}: {
  load: () => Promise<DashboardStats>;
  /** Every submission and fill, for the events export only: the page itself draws from the sums. */
  loadEvents: () => Promise<StatsInput>;
}) {
  const stats = useSignal<DashboardStats | null>(null);
  const from = useSignal('');
  const to = useSignal('');
  const portal = useSignal('');
  const key = useSignal('');
  useSignalEffect(() => {
    void load().then((loaded) => (stats.value = loaded));
  });
  const filter = useComputed<StatsFilter>(() => ({
    ...(from.value && { from: from.value }),
    ...(to.value && { to: to.value }),
    ...(portal.value && { portals: [portal.value] }),
    ...(key.value && { key: key.value }),
  }));
  const dashboard = useComputed(() => figuresOf(stats.value?.days ?? [], filter.value));
  const parts = useSignal<MergePart[]>([]);
  const mergeError = useSignal('');
  // Merged, this machine's whole history is one part beside the files, under its own installation id.
  const merged = useComputed(() => {
    if (parts.value.length === 0 || !stats.value) return null;
    const { installationId, days } = stats.value;
    const local = statsJson(figuresOf(days), {
      installationId,
      exportedAt: Date.now(),
      filter: {},
    });
    return mergeExports([{ label: t('dashMergeThisMachine'), stats: local }, ...parts.value]);
  });
  const choices = useComputed(() => filterChoices(stats.value?.days ?? []));
  if (!stats.value) return <main class="dashboard" />;
  const figures = merged.value ?? dashboard.value;
  return (
    <main class="dashboard">
      <header>
        <h1>{t('dashTitle')}</h1>
        <p>{t('dashSubtitle')}</p>
        {/* A merged picture is every file whole: the filters do not narrow it. */}
        {!merged.value && (
          <p class="print-only" data-testid="dashboard-print-scope">
            {t('periodRange', from.value || t('periodEarliest'), to.value || t('periodLatest'))} ·{' '}
            {choices.value.portals.find((choice) => choice.portal === portal.value)?.name ?? t('dashAllPortals')} ·{' '}
            {key.value ? keyName(key.value) : t('dashAllKeys')}
          </p>
        )}
      </header>
      <section class="filters no-print">
        <label>
          {t('dashFrom')}
          <input type="date" value={from.value} onInput={(event) => (from.value = event.currentTarget.value)} />
        </label>
        <label>
          {t('dashTo')}
          <input type="date" value={to.value} onInput={(event) => (to.value = event.currentTarget.value)} />
        </label>
        <label>
          {t('dashPortalFilter')}
          <select value={portal.value} onChange={(event) => (portal.value = event.currentTarget.value)}>
            <option value="">{t('dashAllPortals')}</option>
            {choices.value.portals.map((choice) => (
              <option key={choice.portal} value={choice.portal}>
                {choice.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashKeyFilter')}
          <select
            data-testid="dashboard-key-filter"
            value={key.value}
            onChange={(event) => (key.value = event.currentTarget.value)}
          >
            <option value="">{t('dashAllKeys')}</option>
            {choices.value.keys.map((choice) => (
              <option key={choice} value={choice}>
                {keyName(choice)}
              </option>
            ))}
          </select>
        </label>
      </section>
      {figures.summary.submissions === 0 && <p class="empty-note">{t('dashEmpty')}</p>}
      <SummaryCards summary={figures.summary} />
      <section class="panel">
        <h2>{t('dashBurdenHeading')}</h2>
        <BurdenBars portals={figures.portals} />
      </section>
      <section class="panel">
        <h2>{t('dashTrendHeading')}</h2>
        <TrendChart weeks={figures.weeks} months={figures.months} />
      </section>
      <section class="panel">
        <h2>{t('dashPortalsHeading')}</h2>
        <PortalTable portals={figures.portals} />
      </section>
      <section class="panel">
        <h2>{t('dashMatrixHeading')}</h2>
        <Matrix matrix={figures.matrix} portals={figures.portals} />
      </section>
      <section class="panel">
        <h2>{t('dashKeysHeading')}</h2>
        <KeyTable keys={figures.keys} />
      </section>
      <Merge parts={parts} error={mergeError} sources={merged.value?.sources ?? []} />
      <Exports
        figures={figures}
        loadEvents={merged.value ? null : loadEvents}
        filter={merged.value ? {} : filter.value}
        installationId={stats.value.installationId}
      />
    </main>
  );
}
