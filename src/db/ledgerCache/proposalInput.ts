/**
 * What the outcome statistics take from a read: every event (in replay order, kinds included)
 * and each proposal's outcome, looked up by the id of the entry it came from.
 */
import type { OutcomeOf } from '../../engine/outcomes/proposals';
import type { ReplayInput } from '../../engine/replay';
import { replayInput } from '../ledgerInput';
import type { AccountRecord } from '../records';
import type { OutcomeIndex } from './packedOutcomes';
import type { LedgerRead } from './readLedger';

export interface ProposalInput {
  input: ReplayInput;
  outcomeOf: OutcomeOf;
}

export function proposalInput(
  ledger: LedgerRead & { account: AccountRecord },
  outcomes: OutcomeIndex,
): ProposalInput {
  const { events } = ledger;
  return {
    input: replayInput(ledger.account, events.all(), ledger.customEras),
    outcomeOf: (index) => (outcomes.size === 0 ? undefined : outcomes.get(events.idAt(index))),
  };
}
