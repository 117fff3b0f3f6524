import type { Handlers } from '../messaging';
import { installationId, listFills, type RecordsDb, readStatsDays } from '../records';
import { packEvents } from '../stats';

/** The statistics page gets sums and events of keys and counts: no value leaves with them. */
export function createDashboardHandlers(
  db: () => Promise<RecordsDb>,
  makeId: () => string,
): Handlers<'dashboardToBackground:getStats' | 'dashboardToBackground:getEvents'> {
  return {
    'dashboardToBackground:getStats': async () => {
      const records = await db();
      return { installationId: await installationId(records, makeId), days: await readStatsDays(records) };
    },
    'dashboardToBackground:getEvents': async () => {
      const records = await db();
      return {
        installationId: await installationId(records, makeId),
        events: packEvents(await records.getAll('submissions'), await listFills(records)),
      };
    },
  };
}
