/**
 * What the outcome statistics take from a read besides its events: each proposal's outcome,
 * looked up by the id of the entry its event came from (outcomes are stored apart from entries).
 */
import type { OutcomeOf } from '../../engine/outcomes/proposals';
import type { LedgerEvents } from './ledgerEvents';
import type { OutcomeIndex } from './packedOutcomes';

/** None when no outcome is stored: the statistics then skip the lookup for every proposal. */
export function outcomeLookup(events: LedgerEvents, outcomes: OutcomeIndex): OutcomeOf | undefined {
  return outcomes.size === 0 ? undefined : (index) => outcomes.get(events.idAt(index));
}
