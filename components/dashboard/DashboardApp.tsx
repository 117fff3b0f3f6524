import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { computeDashboard, type MergePart, mergeExports, portalOf, type StatsFilter, statsJson } from '../../lib/stats';
import { dayRange } from '../date-range';
import { t } from '../i18n';
import type { LoadedEvents } from './api';
import { BurdenBars, TrendChart } from './Charts';
import { Exports } from './Exports';
import { Matrix } from './Matrix';
import { Merge } from './Merge';
import { SummaryCards } from './SummaryCards';
import { KeyTable, PortalTable } from './Tables';

export function DashboardApp({ load }: { load: () => Promise<LoadedEvents> }) {
  const events = useSignal<LoadedEvents | null>(null);
  const from = useSignal('');
  const to = useSignal('');
  const portal = useSignal('');
  useSignalEffect(() => {
    void load().then((loaded) => (events.value = loaded));
  });
  const filter = useComputed<StatsFilter>(() => ({
    ...dayRange(from.value, to.value),
    ...(portal.value && { portals: [portal.value] }),
  }));
  const dashboard = useComputed(() =>
    computeDashboard({ submissions: events.value?.submissions ?? [], fills: events.value?.fills ?? [] }, filter.value),
  );
  const parts = useSignal<MergePart[]>([]);
  const mergeError = useSignal('');
  // Merged, this machine's whole history is one part beside the files, under its own installation id.
  const merged = useComputed(() => {
    if (parts.value.length === 0 || !events.value) return null;
    const { installationId, submissions, fills } = events.value;
    const local = statsJson(computeDashboard({ submissions, fills }), {
      installationId,
      exportedAt: Date.now(),
      filter: {},
    });
    return mergeExports([{ label: t('dashMergeThisMachine'), stats: local }, ...parts.value]);
  });
  // Every portal of the history, for the filter, whatever the filter keeps.
  const allPortals = useComputed(() => {
    const names = new Map<string, string>();
    for (const { source } of events.value?.submissions ?? []) {
      if ((source.kind ?? 'portal') === 'portal') names.set(portalOf(source), source.portalName);
    }
    return [...names].map(([portal, name]) => ({ portal, name }));
  });
  if (!events.value) return <main class="dashboard" />;
  const figures = merged.value ?? dashboard.value;
  return (
    <main class="dashboard">
      <header>
        <h1>{t('dashTitle')}</h1>
        <p>{t('dashSubtitle')}</p>
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
            {allPortals.value.map((stats) => (
              <option key={stats.portal} value={stats.portal}>
                {stats.name}
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
        events={merged.value ? null : dashboard.value.views}
        filter={merged.value ? {} : filter.value}
        installationId={events.value.installationId}
      />
    </main>
  );
}
