/**
 * What the outcome statistics take from a read besides its events: each proposal's outcome,
 * looked up by the id of the entry its event came from (outcomes are stored apart from entries).
 */
import type { OutcomeOf } from '../../engine/outcomes/proposals';
import type { LedgerEvents } from './ledgerEvents';
import type { OutcomeIndex } from './packedOutcomes';

export function outcomeLookup(events: LedgerEvents, outcomes: OutcomeIndex): OutcomeOf {
  return (index) => (outcomes.size === 0 ? undefined : outcomes.get(events.idAt(index)));
}
