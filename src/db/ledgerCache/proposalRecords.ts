/**
 * The reads the Proposals page starts with, side by side: the ledger, the outcomes, and the
 * stored records of its two caches (the proposals' facts, the page's summary). Only reads: what
 * is worked out from them (readProposals.ts) needs the statistics' code, which stays out of the
 * first screen's; these can start before React's code runs.
 */
import type { ConnectsDb } from '../database';
import type { OutcomeIndex } from './packedOutcomes';
import { readLedger, type LedgerRead } from './readLedger';
import { readOutcomes } from './readOutcomes';

export const FACTS_KEY = 'proposal-facts';
export const SUMMARY_KEY = 'proposal-summary';

export interface ProposalParts {
  ledger: LedgerRead;
  outcomes: OutcomeIndex;
  /** The stored records as read (checked by whoever uses them). */
  factsRecord: unknown;
  summaryRecord: unknown;
}

export async function readProposalParts(db: ConnectsDb): Promise<ProposalParts> {
  const [ledger, outcomes, facts, summary] = await Promise.all([
    readLedger(db),
    readOutcomes(db),
    db.caches.get(FACTS_KEY),
    db.caches.get(SUMMARY_KEY),
  ]);
  return { ledger, outcomes, factsRecord: facts?.value, summaryRecord: summary?.value };
}
