export { prepareRows, proposeMapping, readLedgerFile } from '../../../lib/ledger';
export { findPersonByIdNumber, importLedger, openRecords } from '../../../lib/records';
export { makeIdNumber } from '../../fixtures/sample-people';
