/**
 * The events as the proposal statistics read them from a read cache: a day number, Connects and
 * boost per event, as columns. Apart from facts.ts so the read cache can make them without the
 * statistics' and the replay's code.
 */
import { parseIsoDate, type Day } from '../dates';
import type { AnyEvent } from '../types';

export interface SpendColumns {
  /** The event's day (only those of proposals are read). */
  days: ArrayLike<number>;
  /** NaN (or a missing value) reads as 0. */
  connects: ArrayLike<number>;
  boost: ArrayLike<number>;
}

/** Columns of events held as objects (a ledger read record by record). */
export function columnsOf(events: readonly AnyEvent[]): SpendColumns {
  const n = events.length;
  const days = new Float64Array(n).fill(Number.NaN);
  const connects = new Float64Array(n);
  const boost = new Float64Array(n);
  let text: unknown = null;
  let day: Day | null = null;
  for (let i = 0; i < n; i += 1) {
    const e = events[i] as AnyEvent & Record<string, unknown>;
    if (e.date !== text) {
      text = e.date;
      day = typeof text === 'string' ? parseIsoDate(text) : null;
    }
    days[i] = day ?? Number.NaN;
    connects[i] = typeof e.connects === 'number' ? e.connects : 0;
    boost[i] = typeof e.boost === 'number' ? e.boost : 0;
  }
  return { days, connects, boost };
}
