/**
 * What the Proposals page reads, in one go: the ledger (readLedger), its proposals' outcomes
 * (readOutcomes), the proposals' facts (proposalFacts.ts) and the page's opening figures
 * (proposalSummary.ts), the four reads side by side. The same reads give the same result object,
 * so a page memoised on it draws nothing again.
 */
import type { ProposalFacts } from '../../engine/outcomes/facts';
import type { ConnectsDb } from '../database';
import type { OutcomeIndex } from './packedOutcomes';
import { readProposalFacts, storedFacts } from './proposalFacts';
import { proposalSummary, storedSummary, type ProposalSummary } from './proposalSummary';
import { readLedger, type LedgerRead } from './readLedger';
import { readOutcomes } from './readOutcomes';

export interface ProposalsRead {
  ledger: LedgerRead;
  outcomes: OutcomeIndex;
  /** Null without an account, or for a ledger the rules cannot replay. */
  facts: ProposalFacts | null;
  /** The statistics of the whole history and the open proposals; null when `facts` is. */
  summary: ProposalSummary | null;
}

const lastRead = new WeakMap<ConnectsDb, ProposalsRead>();

export async function readProposals(db: ConnectsDb): Promise<ProposalsRead> {
  const [ledger, outcomes, factsRecord, summaryRecord] = await Promise.all([
    readLedger(db),
    readOutcomes(db),
    storedFacts(db),
    storedSummary(db),
  ]);
  const facts = await readProposalFacts(db, ledger, factsRecord);
  const last = lastRead.get(db);
  if (last && last.ledger === ledger && last.outcomes === outcomes && last.facts === facts) {
    return last;
  }
  const summary = facts && proposalSummary(db, ledger, outcomes, facts, summaryRecord);
  const read = { ledger, outcomes, facts, summary };
  lastRead.set(db, read);
  return read;
}
