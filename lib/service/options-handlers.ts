import type { Handlers, MessageType } from '../messaging';
import {
  deleteEntity,
  editFact,
  entityDetail,
  importLedger,
  listConflicts,
  type RecordsDb,
  restoreEntity,
  searchEntities,
  settleConflict,
} from '../records';
import { workLogRows } from '../worklog';
import type { DefinitionMessage } from './definition-handlers';

type RecordsMessage = Exclude<
  Extract<MessageType, `optionsToBackground:${string}`>,
  | 'optionsToBackground:exportBackup'
  | 'optionsToBackground:restoreBackup'
  | 'optionsToBackground:wipe'
  | DefinitionMessage
>;

/** The records manager's requests: search, view, correct, settle, delete, import, settings. */
export function createRecordsHandlers(db: () => Promise<RecordsDb>, now: () => number): Handlers<RecordsMessage> {
  return {
    'optionsToBackground:search': async ({ query }) => searchEntities(await db(), query),
    'optionsToBackground:getEntity': async ({ entityId }) => entityDetail(await db(), entityId),
    'optionsToBackground:editFact': async (change) => ({ factId: await editFact(await db(), change, now()) }),
    'optionsToBackground:settleConflict': async ({ entityId, keepFactId }) => ({
      settled: await settleConflict(await db(), entityId, keepFactId),
    }),
    'optionsToBackground:deleteEntity': async ({ entityId }) => ({
      deleted: await deleteEntity(await db(), entityId, now()),
    }),
    'optionsToBackground:restoreEntity': async ({ entityId }) => ({
      restored: await restoreEntity(await db(), entityId),
    }),
    'optionsToBackground:listConflicts': async () => listConflicts(await db()),
    // The staff member's own record of their work, asked for by their click in the records manager.
    'optionsToBackground:getWorkLog': async (options) => {
      const records = await db();
      const entities = new Map((await records.getAll('entities')).map((entity) => [entity.id, entity]));
      return workLogRows(await records.getAll('submissions'), entities, options);
    },
    'optionsToBackground:importLedger': async ({ fileName, rows }) => importLedger(await db(), fileName, rows, now()),
  };
}
