/**
 * `useLedger()`: the ledger as the rules replay it (db/ledgerCache), live: it follows every
 * change, in this tab or another; `useOutcomes()` its proposals' outcomes, the same way. `/`
 * starts the ledger's read before React mounts (`primeLedger`, from app/earlyStart.ts), and
 * `/proposals` both reads (`primeProposals`): a live query starts only after the first commit,
 * and the read is most of a page's wait.
 */
import { Dexie, liveQuery } from 'dexie';
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import { getDb } from '../db/instance';
import {
  readLedger,
  readOutcomes,
  readProposalParts,
  type LedgerRead,
  type OutcomeIndex,
  type ProposalsRead,
} from '../db/ledgerCache';

/** A read started early, and its result once in. */
interface Primed<T> {
  promise: Promise<T | null> | null;
  data: T | null;
}

const ledgerPrime: Primed<LedgerRead> = { promise: null, data: null };
const proposalsPrime: Primed<ProposalsRead> = { promise: null, data: null };

function prime<T>(slot: Primed<T>, read: () => Promise<T>): void {
  slot.promise = read().then(
    (data) => (slot.data = data),
    () => null,
  );
}

const readLedgerNow = (): Promise<LedgerRead> => readLedger(getDb());
/** The code that works the Proposals page's read out: loaded when first asked, as the page is. */
const loadAssembler = () => import('../db/ledgerCache/readProposals');

async function readProposalsNow(): Promise<ProposalsRead> {
  const db = getDb();
  // The reads start now, in the caller's live query; the code comes meanwhile (kept in that
  // query's zone by Dexie.waitFor, so the reads after it are still the query's).
  const parts = readProposalParts(db);
  const { assembleProposals } = await Dexie.waitFor(loadAssembler(), 600_000);
  return assembleProposals(db, await parts);
}

/** Starts reading the ledger now, for the first page to use. */
export function primeLedger(): void {
  prime(ledgerPrime, readLedgerNow);
}

/** Starts reading the ledger, its proposals' outcomes and facts now, for the Proposals page. */
export function primeProposals(): void {
  prime(proposalsPrime, readProposalsNow);
}

/**
 * The primed read's result as soon as it is in, then the live query's. useObservable renders
 * again only for a different object, and the live query's first result is the primed one when
 * nothing changed in between (see readLedger, readOutcomes), so the page renders once, not twice.
 */
function primedReads<T>(slot: Primed<T>, read: () => Promise<T>) {
  async function liveRead(): Promise<T> {
    if (slot.promise) {
      // Used once: a later visit to the page must not start from it. Awaited through
      // Dexie.waitFor: a bare await of a promise from outside would lose the live query's zone,
      // and with it the record of what this read depends on.
      await Dexie.waitFor(slot.promise, 600_000).catch(() => null);
      slot.promise = null;
      slot.data = null;
    }
    return read();
  }
  return () => {
    const early = slot.promise;
    return {
      hasValue: () => slot.data !== null,
      getValue: () => slot.data,
      subscribe(next: (value: T) => void, error: (e: unknown) => void) {
        let live = false;
        void early?.then((data) => {
          if (data && !live) next(data);
        });
        const subscription = liveQuery(liveRead).subscribe({
          next: (data) => {
            live = true;
            next(data);
          },
          error,
        });
        return () => subscription.unsubscribe();
      },
    };
  };
}

const ledgerReads = primedReads(ledgerPrime, readLedgerNow);
const proposalReads = primedReads(proposalsPrime, readProposalsNow);

/** The ledger for a replay, or undefined while it loads. */
export function useLedger(): LedgerRead | undefined {
  return useObservable(ledgerReads, []) ?? undefined;
}

/** The outcomes of the ledger's proposals, live, or undefined while they load. */
export function useOutcomes(): OutcomeIndex | undefined {
  return useLiveQuery(() => readOutcomes(getDb()), []);
}

export type { ProposalsRead };

/**
 * The ledger, its proposals' outcomes and facts, live (the Proposals page). A read that changed
 * none of them gives the same object, so a page memoised on it draws nothing again.
 */
export function useProposals(): ProposalsRead | undefined {
  return useObservable(proposalReads, []) ?? undefined;
}
