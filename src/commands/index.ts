/**
 * The one way to change anything: features import commands from here and run them through
 * `perform` (src/store/perform.ts). Each is one transaction and declares how it enters the undo
 * history (command.ts); run.ts runs, undoes and redoes them.
 */
export type { Command, HistoryEffect, TableName } from './command';
export { execute, undo, redo, type Executed } from './run';
export { getHistory, clearHistory, type History, type HistoryStep } from './history';
export { addEntry, editEntry, deleteEntry } from './ledger';
export { createAccount, saveAccount, chooseEra, type AccountSettings } from './account';
export { saveCustomEra, deleteCustomEra } from './customEras';
export { importBatch, removeBatch } from './imports';
export { restoreBackup, eraseEverything } from './wholeLedger';
export { savePreference } from './preferences';
export type { NewEntry } from '../db/ledgerMutations';
export type { ImportOutcome, ImportRequest } from '../db/importBatch';
export { setOutcome, setOutcomes, importOutcomes, type ProposalEntry } from './outcomes';
export { moveProposal, moveProposals } from './proposalMoves';
