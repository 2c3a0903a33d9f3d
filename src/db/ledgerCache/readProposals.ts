/**
 * What the Proposals page reads, in one go: the ledger (readLedger), its proposals' outcomes
 * (readOutcomes) and the proposals' facts (readProposalFacts). The same three objects while
 * nothing changed give the same result object, so a page memoised on it draws nothing again.
 */
import type { ProposalFacts } from '../../engine/outcomes/facts';
import type { ConnectsDb } from '../database';
import type { OutcomeIndex } from './packedOutcomes';
import { readProposalFacts } from './proposalFacts';
import { readLedger, type LedgerRead } from './readLedger';
import { readOutcomes } from './readOutcomes';

export interface ProposalsRead {
  ledger: LedgerRead;
  outcomes: OutcomeIndex;
  /** Null without an account. */
  facts: ProposalFacts | null;
}

const lastRead = new WeakMap<ConnectsDb, ProposalsRead>();

export async function readProposals(db: ConnectsDb): Promise<ProposalsRead> {
  const [ledger, outcomes] = await Promise.all([readLedger(db), readOutcomes(db)]);
  const facts = await readProposalFacts(db, ledger);
  const last = lastRead.get(db);
  if (last && last.ledger === ledger && last.outcomes === outcomes && last.facts === facts) {
    return last;
  }
  const read = { ledger, outcomes, facts };
  lastRead.set(db, read);
  return read;
}
