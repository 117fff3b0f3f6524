/**
 * A file FillOnce cannot read as a ledger. Its own class so the UI can tell it from a bug and
 * show its text in the user's language.
 */
export class LedgerFormatError extends Error {
  override readonly name = 'LedgerFormatError';
}
