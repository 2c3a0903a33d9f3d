/**
 * The Connects held, as lots used oldest first. Both queues only ever grow at
 * the back in date order, so taking and lapsing are amortised O(1) per lot:
 * no operation scans every lot.
 */
import { formatDay, type Day } from './dates';
import type { Lot } from './types';

interface LotEntry {
  received: Day;
  left: number;
  lapses: Day;
}

const NEVER = Number.POSITIVE_INFINITY;

/** A book as plain data (see Machine.toState): the lots held, and the lapse queue as indices into them. */
export interface LotBookState {
  received: Float64Array;
  left: Float64Array;
  /** Infinity for a lot that never lapses. */
  lapses: Float64Array;
  lapsing: Int32Array;
  total: number;
}
const COMPACT_AT = 4096;

export class LotBook {
  private fifo: LotEntry[] = [];
  private head = 0;
  /** Lots that can lapse, in lapse-date order (a lot with no lifetime never enters). */
  private lapsing: LotEntry[] = [];
  private lapseHead = 0;
  total = 0;

  add(received: Day, amount: number, lapses: Day | null): void {
    if (amount <= 0) return;
    const lot: LotEntry = { received, left: amount, lapses: lapses ?? NEVER };
    this.fifo.push(lot);
    this.total += amount;
    if (lapses !== null) this.insertLapsing(lot);
  }

  /** Removes `amount` Connects, oldest lots first. The caller checks the balance. */
  take(amount: number): void {
    let rest = Math.min(amount, this.total);
    this.total -= rest;
    while (rest > 0) {
      const lot = this.fifo[this.head];
      if (!lot) break;
      const used = Math.min(lot.left, rest);
      lot.left -= used;
      rest -= used;
      if (lot.left === 0) this.head += 1;
    }
    this.skipEmpty();
    this.compact();
  }

  /** Lapses every lot whose lapse date is on or before `day`; returns how many Connects went. */
  lapseThrough(day: Day, onLapse?: (lapseDay: Day, amount: number) => void): number {
    let lapsed = 0;
    while (this.lapseHead < this.lapsing.length) {
      const lot = this.lapsing[this.lapseHead];
      if (!lot || lot.lapses > day) break;
      if (onLapse && lot.left > 0) onLapse(lot.lapses, lot.left);
      lapsed += lot.left;
      lot.left = 0;
      this.lapseHead += 1;
    }
    if (lapsed > 0) {
      this.total -= lapsed;
      this.skipEmpty();
    }
    this.compact();
    return lapsed;
  }

  /** The next date on which some held lot lapses, or null. */
  nextLapse(): Day | null {
    for (let i = this.lapseHead; i < this.lapsing.length; i += 1) {
      const lot = this.lapsing[i];
      if (lot && lot.left > 0) return lot.lapses;
    }
    return null;
  }

  held(): Lot[] {
    const out: Lot[] = [];
    for (let i = this.head; i < this.fifo.length; i += 1) {
      const lot = this.fifo[i];
      if (!lot || lot.left === 0) continue;
      out.push({
        received: formatDay(lot.received),
        left: lot.left,
        lapses: lot.lapses === NEVER ? null : formatDay(lot.lapses),
      });
    }
    return out;
  }

  toState(): LotBookState {
    const held = this.fifo.slice(this.head).filter((lot) => lot.left > 0);
    const index = new Map(held.map((lot, i) => [lot, i]));
    const lapsing: number[] = [];
    for (let i = this.lapseHead; i < this.lapsing.length; i += 1) {
      const at = index.get(this.lapsing[i] as LotEntry);
      if (at !== undefined) lapsing.push(at);
    }
    return {
      received: Float64Array.from(held, (lot) => lot.received),
      left: Float64Array.from(held, (lot) => lot.left),
      lapses: Float64Array.from(held, (lot) => lot.lapses),
      lapsing: Int32Array.from(lapsing),
      total: this.total,
    };
  }

  static fromState(state: LotBookState): LotBook {
    const book = new LotBook();
    state.received.forEach((received, i) => {
      book.fifo.push({
        received,
        left: state.left[i] as number,
        lapses: state.lapses[i] as number,
      });
    });
    for (const i of state.lapsing) book.lapsing.push(book.fifo[i] as LotEntry);
    book.total = state.total;
    return book;
  }

  clone(): LotBook {
    const copy = new LotBook();
    const map = new Map<LotEntry, LotEntry>();
    for (let i = this.head; i < this.fifo.length; i += 1) {
      const lot = this.fifo[i];
      if (!lot || lot.left === 0) continue;
      const c = { ...lot };
      map.set(lot, c);
      copy.fifo.push(c);
    }
    for (let i = this.lapseHead; i < this.lapsing.length; i += 1) {
      const lot = this.lapsing[i];
      const c = lot && map.get(lot);
      if (c) copy.lapsing.push(c);
    }
    copy.total = this.total;
    return copy;
  }

  private insertLapsing(lot: LotEntry): void {
    // Lapse dates arrive in order except where eras of different lifetimes mix; keep the queue sorted.
    let i = this.lapsing.length;
    while (i > this.lapseHead && (this.lapsing[i - 1]?.lapses ?? NEVER) > lot.lapses) i -= 1;
    if (i === this.lapsing.length) this.lapsing.push(lot);
    else this.lapsing.splice(i, 0, lot);
  }

  private skipEmpty(): void {
    while (this.head < this.fifo.length && this.fifo[this.head]?.left === 0) this.head += 1;
  }

  private compact(): void {
    if (this.head > COMPACT_AT && this.head * 2 > this.fifo.length) {
      this.fifo = this.fifo.slice(this.head);
      this.head = 0;
    }
    if (this.lapseHead > COMPACT_AT && this.lapseHead * 2 > this.lapsing.length) {
      this.lapsing = this.lapsing.slice(this.lapseHead);
      this.lapseHead = 0;
    }
  }
}
