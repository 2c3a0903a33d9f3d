/**
 * `useLedger()`: the ledger as the rules replay it (db/ledgerCache), live: it follows every
 * change, in this tab or another. `/` starts the read before React mounts (`primeLedger`, from
 * app/earlyStart.ts). The Proposals page's reads are in ./useProposals.ts, out of the first
 * screen's code.
 */
import { useObservable } from 'dexie-react-hooks';
import { getDb } from '../db/instance';
import { readLedger, type LedgerRead } from '../db/ledgerCache/readLedger';
import { prime, primedReads, type Primed } from './primedRead';

const ledgerPrime: Primed<LedgerRead> = { promise: null, data: null };
const readLedgerNow = (): Promise<LedgerRead> => readLedger(getDb());
const ledgerReads = primedReads(ledgerPrime, readLedgerNow);

/** Starts reading the ledger now, for the first page to use. */
export function primeLedger(): void {
  prime(ledgerPrime, readLedgerNow);
}

/** The ledger for a replay, or undefined while it loads. */
export function useLedger(): LedgerRead | undefined {
  return useObservable(ledgerReads, []) ?? undefined;
}
