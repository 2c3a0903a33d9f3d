/** File parsing into engine types: the import page, the database and the CLI use these. */
export * from './types';
export { parseHistory } from './parseHistory';
export { detectFormat } from './detect';
export {
  reconcile,
  type Reconciliation,
  type ReconcileAccount,
  type RowCheck,
  type MissingGrant,
} from './reconcile';
export {
  toCsv,
  parseAppCsv,
  APP_CSV_COLUMNS,
  escapeCell,
  unescapeCell,
  type LedgerEntry,
} from './appCsv';
export { ParseError, MAX_IMPORT_BYTES, checkImportSize, checkBytes, checkText } from './errors';
export {
  ACTION_RULES,
  BONUS_REASON_RULES,
  PLAN_RULES,
  type ActionRule,
  type ActionKind,
} from './actions';
export { findStartingBalance, inferAccount } from './balance';
export { canonicalEvent } from './ledger';
export * from './backup';
