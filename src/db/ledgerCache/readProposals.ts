/**
 * What the Proposals page reads (proposalRecords.ts: the ledger, the outcomes, two stored
 * records), worked out: the proposals' facts (proposalFacts.ts) and the page's opening figures
 * (proposalSummary.ts), each from its stored record when that still serves. The same reads give
 * the same result object, so a page memoised on it draws nothing again. Loaded with the page
 * (read/useLedger.ts imports it when asked): the statistics' code is not the first screen's.
 */
import type { ProposalFacts } from '../../engine/outcomes/facts';
import type { ConnectsDb } from '../database';
import type { OutcomeIndex } from './packedOutcomes';
import { readProposalFacts } from './proposalFacts';
import { readProposalParts, type ProposalParts } from './proposalRecords';
import { proposalSummary, type ProposalSummary } from './proposalSummary';
import type { LedgerRead } from './readLedger';

export interface ProposalsRead {
  ledger: LedgerRead;
  outcomes: OutcomeIndex;
  /** Null without an account, or for a ledger the rules cannot replay. */
  facts: ProposalFacts | null;
  /** The statistics of the whole history and the open proposals; null when `facts` is. */
  summary: ProposalSummary | null;
}

const lastRead = new WeakMap<ConnectsDb, ProposalsRead>();

export async function assembleProposals(
  db: ConnectsDb,
  { ledger, outcomes, factsRecord, summaryRecord }: ProposalParts,
): Promise<ProposalsRead> {
  const facts = await readProposalFacts(db, ledger, { record: factsRecord });
  const last = lastRead.get(db);
  if (last && last.ledger === ledger && last.outcomes === outcomes && last.facts === facts) {
    return last;
  }
  const summary = facts && proposalSummary(db, ledger, outcomes, facts, summaryRecord);
  const read = { ledger, outcomes, facts, summary };
  lastRead.set(db, read);
  return read;
}

export async function readProposals(db: ConnectsDb): Promise<ProposalsRead> {
  return assembleProposals(db, await readProposalParts(db));
}
