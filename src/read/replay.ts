/**
 * What a page does with a read ledger (db/ledgerCache): replay it through a day, or hand its
 * proposals and their outcomes to the statistics. Apart from ./index.ts so the first screen does
 * not load the replay's code.
 */
export { replayThrough, type Replayed } from '../db/ledgerCache/replayThrough';
export { proposalInput, type ProposalInput } from '../db/ledgerCache/proposalInput';
