/**
 * The proposals a refund can still reach on a date (rules contract §4 `refund`): the latest
 * applied spend of each ref, with what is left of it after the refunds so far. The ledger
 * form offers these; it is the rules' own memory, so it agrees with what a refund will do.
 */
import { stateAt, type ReplayInput } from './replay';
import type { AnyEvent } from './types';

export interface RefundableProposal {
  ref: string;
  /** The spend's date and index in the input's events. */
  date: string;
  index: number;
  /** connects + boost. */
  spent: number;
  /** Refunded to it so far. */
  refunded: number;
  /** What a refund "of the rest" would give back: spent − refunded, > 0. */
  left: number;
}

const LEFT_OUT: AnyEvent = { type: 'left-out' };

/**
 * As of the end of `date` (every event dated on or before it), newest spend first. `except`
 * is an event index to leave out (the entry being edited: its own refund does not count).
 */
export function refundableProposals(
  input: ReplayInput,
  date: string,
  except?: number,
): RefundableProposal[] {
  const events =
    except === undefined ? input.events : input.events.map((e, i) => (i === except ? LEFT_OUT : e));
  const state = stateAt({ ...input, events }, date);
  const out: RefundableProposal[] = [];
  state.machine.memory.eachProposal((ref, p) => {
    const left = p.total - p.refunded;
    const event = events[p.index];
    if (left <= 0 || !event || typeof event.date !== 'string') return;
    out.push({ ref, date: event.date, index: p.index, spent: p.total, refunded: p.refunded, left });
  });
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.index - a.index));
}
