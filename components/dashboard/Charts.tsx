import * as Plot from '@observablehq/plot';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { PortalStats, TrendPoint } from '../../lib/stats';
import { t } from '../i18n';

/** The page's content width less a panel's padding. */
const CHART_WIDTH = 1080;

/** Mounts a chart Observable Plot draws, and draws it again when its data changes. */
function PlotFigure({ make, testId }: { make: () => Element; testId: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = make();
    host.current?.replaceChildren(chart);
    return () => chart.remove();
  });
  return <div class="chart" ref={host} data-testid={testId} />;
}

export function BurdenBars({ portals }: { portals: readonly PortalStats[] }) {
  return (
    <PlotFigure
      testId="dashboard-burden-chart"
      make={() =>
        Plot.plot({
          width: CHART_WIDTH,
          marginLeft: 180,
          height: 40 + portals.length * 28,
          x: { label: t('dashColBurden'), grid: true },
          y: { label: null },
          marks: [
            Plot.barX(portals, { x: 'burdenHours', y: 'name', fill: '#1d4ed8', sort: { y: '-x' } }),
            Plot.ruleX([0]),
          ],
        })
      }
    />
  );
}

export function TrendChart({ weeks, months }: { weeks: readonly TrendPoint[]; months: readonly TrendPoint[] }) {
  const grain = useSignal<'month' | 'week'>('month');
  const points = grain.value === 'month' ? months : weeks;
  const series = points.flatMap((point) => [
    { period: point.period, series: t('dashSeriesAsked'), value: point.fieldsAsked },
    { period: point.period, series: t('dashSeriesHeld'), value: point.fieldsHeld },
  ]);
  return (
    <>
      <div class="grain">
        {(['month', 'week'] as const).map((choice) => (
          <button
            type="button"
            key={choice}
            class={grain.value === choice ? 'chip active' : 'chip'}
            onClick={() => (grain.value = choice)}
          >
            {t(choice === 'month' ? 'dashByMonth' : 'dashByWeek')}
          </button>
        ))}
      </div>
      <PlotFigure
        testId="dashboard-trend-chart"
        make={() =>
          Plot.plot({
            width: CHART_WIDTH,
            height: 260,
            x: { label: null, type: 'point' },
            y: { grid: true, label: null, zero: true },
            // Held in the heat map's orange, asked in the page's blue, whichever sorts first.
            color: { legend: true, domain: [t('dashSeriesAsked'), t('dashSeriesHeld')], range: ['#1d4ed8', '#d97706'] },
            marks: [
              Plot.lineY(series, { x: 'period', y: 'value', stroke: 'series' }),
              Plot.dot(series, { x: 'period', y: 'value', fill: 'series' }),
            ],
          })
        }
      />
    </>
  );
}
