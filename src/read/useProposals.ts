/**
 * `useProposals()`: the ledger with its proposals' outcomes and facts, live (the Proposals page),
 * and `useOutcomes()`: the outcomes alone. `/proposals` starts the read before React mounts
 * (`primeProposals`, from app/earlyStart.ts).
 */
import { Dexie } from 'dexie';
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import { getDb } from '../db/instance';
import {
  readOutcomes,
  readProposalParts,
  type OutcomeIndex,
  type ProposalsRead,
} from '../db/ledgerCache';
import { prime, primedReads, type Primed } from './primedRead';

const proposalsPrime: Primed<ProposalsRead> = { promise: null, data: null };

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

const proposalReads = primedReads(proposalsPrime, readProposalsNow);

/** Starts reading the ledger, its proposals' outcomes and facts now, for the Proposals page. */
export function primeProposals(): void {
  prime(proposalsPrime, readProposalsNow);
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
