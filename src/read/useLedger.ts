/**
 * `useLedger()`: the ledger as the rules replay it (db/ledgerCache), live: it follows every
 * change, in this tab or another. `/` starts the read before React mounts (`primeLedger`, from
 * app/earlyStart.ts): a live query starts only after the first commit, and the read is most of
 * the dashboard's wait.
 */
import { Dexie, liveQuery } from 'dexie';
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDb } from '../db/instance';
import { readLedger, readOutcomes, type LedgerRead, type OutcomeIndex } from '../db/ledgerCache';

let primed: Promise<LedgerRead | null> | null = null;
let primedData: LedgerRead | null = null;

/** Starts reading the ledger now, for the first page to use. */
export function primeLedger(): void {
  primed = readLedger(getDb()).then(
    (data) => (primedData = data),
    () => null,
  );
}

async function liveRead(): Promise<LedgerRead> {
  if (primed) {
    // Used once: a later visit to the page must not start from it. Awaited through
    // Dexie.waitFor: a bare await of a promise from outside would lose the live query's zone,
    // and with it the record of what this read depends on.
    await Dexie.waitFor(primed, 600_000).catch(() => null);
    primed = null;
    primedData = null;
  }
  return readLedger(getDb());
}

/**
 * The primed read's result as soon as it is in, then the live query's. useObservable renders
 * again only for a different object, and the live query's first result is the primed one when
 * nothing changed in between (see readLedger), so the page renders once, not twice.
 */
function ledgerReads() {
  const early = primed;
  return {
    hasValue: () => primedData !== null,
    getValue: () => primedData,
    subscribe(next: (value: LedgerRead) => void, error: (e: unknown) => void) {
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
}

/** The ledger for a replay, or undefined while it loads. */
export function useLedger(): LedgerRead | undefined {
  return useObservable(ledgerReads, []) ?? undefined;
}

/** The outcomes of the ledger's proposals, live, or undefined while they load. */
export function useOutcomes(): OutcomeIndex | undefined {
  return useLiveQuery(() => readOutcomes(getDb()), []);
}

export interface ProposalsRead {
  ledger: LedgerRead;
  outcomes: OutcomeIndex;
}

/**
 * The ledger and its proposals' outcomes, live (the Proposals page). A read that changed
 * neither gives the same two objects, so a page memoised on them draws nothing again.
 */
export function useProposals(): ProposalsRead | undefined {
  const ledger = useLedger();
  const outcomes = useOutcomes();
  return useMemo(() => (ledger && outcomes ? { ledger, outcomes } : undefined), [ledger, outcomes]);
}
