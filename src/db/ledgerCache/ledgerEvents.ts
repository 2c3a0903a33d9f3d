/**
 * The ledger's replay events as the dashboard takes them. Read from the packed snapshot, they
 * stay packed: a page that goes on from a replay checkpoint needs objects for the events after
 * it only, and the spend chart reads the columns. Making an object per event at each load, and
 * collecting them again mid-render, would be a cost that grows with the ledger.
 */
import { parseIsoDate, type Day } from '../../engine/dates';
import { columnsOf, type SpendColumns } from '../../engine/outcomes/columns';
import { EVENT_TYPES, type LedgerEvent } from '../../engine/types';
import { eventReader, unpackEvents, type PackedEvents } from './packedEvents';

/** Told of one spend; returns false to end the walk. */
export type SpendVisitor = (
  index: number,
  day: Day | null,
  connects: number,
  boost: number,
) => boolean;

export interface LedgerEvents {
  readonly count: number;
  /** The id of the entry event `index` was read from. */
  idAt(index: number): number;
  /** Every event, in replay order; made once, on the first call. */
  all(): readonly LedgerEvent[];
  /**
   * `count` slots (an event keeps its index) of which those from `index` on are filled: enough
   * for a replay going on from a checkpoint, which reads no event before the checkpoint's `next`.
   */
  from(index: number): readonly LedgerEvent[];
  /**
   * The spends in replay order backwards, newest first: each one's index, day (null when its
   * date is no date), Connects and boost (0 when absent).
   */
  eachSpendBackwards(visit: SpendVisitor): void;
  /** Each event's day, Connects and boost as columns (what the proposal statistics read). */
  columns(): SpendColumns;
  /** The event at `index`, made on its own (a few rows of a long ledger, without `all()`). */
  eventAt(index: number): LedgerEvent | undefined;
}

const SPEND = EVENT_TYPES.indexOf('spend');
const numberOr0 = (v: unknown): number => (typeof v === 'number' && !Number.isNaN(v) ? v : 0);

/** Events already made as objects (read from the entries, whose ids are `ids`). */
export function listedEvents(list: readonly LedgerEvent[], ids: ArrayLike<number>): LedgerEvents {
  let columns: SpendColumns | null = null;
  return {
    columns: () => (columns ??= columnsOf(list)),
    eventAt: (index) => list[index],
    count: list.length,
    idAt: (index) => ids[index] as number,
    all: () => list,
    from: () => list,
    eachSpendBackwards(visit) {
      // One parse per distinct date: the events of a day are next to each other.
      let text: unknown = null;
      let day: Day | null = null;
      for (let i = list.length - 1; i >= 0; i -= 1) {
        const event = list[i];
        if (event?.type !== 'spend') continue;
        if (event.date !== text) {
          text = event.date;
          day = typeof text === 'string' ? parseIsoDate(text) : null;
        }
        if (!visit(i, day, numberOr0(event.connects), numberOr0(event.boost))) return;
      }
    },
  };
}

/** Events kept as the snapshot's columns; objects are made only for what is asked. */
export function packedLedgerEvents(packed: PackedEvents): LedgerEvents {
  let all: LedgerEvent[] | null = null;
  let readOne: ((index: number) => LedgerEvent | undefined) | null = null;
  const columns: SpendColumns = {
    days: packed.days,
    connects: packed.connects,
    boost: packed.boost,
  };
  return {
    columns: () => columns,
    eventAt: (index) => all?.[index] ?? (readOne ??= eventReader(packed))(index),
    count: packed.count,
    idAt: (index) => packed.ids[index] as number,
    all: () => (all ??= unpackEvents(packed)),
    from: (index) => all ?? unpackEvents(packed, index),
    eachSpendBackwards(visit) {
      const { types, days, connects, boost } = packed;
      for (let i = packed.count - 1; i >= 0; i -= 1) {
        if (types[i] !== SPEND) continue;
        const ok = visit(
          i,
          days[i] as number,
          numberOr0(connects[i] as number),
          numberOr0(boost[i] as number),
        );
        if (!ok) return;
      }
    },
  };
}
