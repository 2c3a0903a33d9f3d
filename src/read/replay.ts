/**
 * What a page does with a read ledger (db/ledgerCache): replay it through a day. Apart from
 * ./index.ts so the first screen does not load the replay's code.
 */
export { replayThrough, type Replayed } from '../db/ledgerCache/replayThrough';
