/** A read ledger replayed through a day (see db/ledgerCache/replayThrough.ts). */
export { replayThrough, type Replayed } from '../db/ledgerCache/replayThrough';
