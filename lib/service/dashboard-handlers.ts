import type { Handlers } from '../messaging';
import { installationId, listFills, type RecordsDb } from '../records';
import { packEvents } from '../stats';

/** The statistics page reads the events and works the figures out itself: no value leaves with them. */
export function createDashboardHandlers(
  db: () => Promise<RecordsDb>,
  makeId: () => string,
): Handlers<'dashboardToBackground:getEvents'> {
  return {
    'dashboardToBackground:getEvents': async () => {
      const records = await db();
      return {
        installationId: await installationId(records, makeId),
        events: packEvents(await records.getAll('submissions'), await listFills(records)),
      };
    },
  };
}
