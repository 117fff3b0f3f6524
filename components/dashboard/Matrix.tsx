import type { Figures, PortalStats } from '../../lib/stats';
import { t } from '../i18n';
import { keyName } from '../key-name';

/** The key × portal matrix as a heat map: the more of a cell's asks were already held, the darker. */
export function Matrix({ matrix, portals }: { matrix: Figures['matrix']; portals: readonly PortalStats[] }) {
  const keys = [...matrix.keys()].sort(
    (a, b) => (matrix.get(b)?.size ?? 0) - (matrix.get(a)?.size ?? 0) || a.localeCompare(b),
  );
  return (
    <div class="matrix-wrap">
      <table class="matrix" data-testid="dashboard-matrix">
        <thead>
          <tr>
            <th scope="col">{t('dashColKey')}</th>
            {portals.map((portal) => (
              <th scope="col" key={portal.portal}>
                {portal.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row" title={key}>
                {keyName(key)}
              </th>
              {portals.map((portal) => {
                const cell = matrix.get(key)?.get(portal.portal);
                if (!cell) return <td key={portal.portal} class="empty" />;
                const share = cell.held / cell.asked;
                return (
                  <td
                    key={portal.portal}
                    data-held={cell.held}
                    data-asked={cell.asked}
                    style={{ background: `rgba(217, 119, 6, ${(0.08 + share * 0.8).toFixed(2)})` }}
                    class={share > 0.5 ? 'hot' : undefined}
                  >
                    {cell.held} / {cell.asked}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
