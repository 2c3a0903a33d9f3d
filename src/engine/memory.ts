/**
 * What the machine remembers besides its lots: the proposals sent (a refund looks its proposal
 * up by ref) and the interview bonuses of the last 7 days (their cap). Kept apart so that a
 * machine can be copied (what-ifs) and written out as plain data (checkpoints) in one place.
 */
import type { Day } from './dates';

interface Proposal {
  total: number;
  refunded: number;
  /** The spend's event index: refunds are reported against it (replay's refundedBySpend). */
  index: number;
}

/** Memory as plain data that survives structured cloning. */
export interface MemoryState {
  refs: string[];
  refTotals: Float64Array;
  refRefunded: Float64Array;
  refIndexes: Float64Array;
  interviewDays: number[];
  interviewAmounts: number[];
  interviewSum: number;
}

export class Memory {
  /** Records are replaced, never changed, so a copy may share them. */
  private proposals = new Map<string, Readonly<Proposal>>();
  /** Interview bonuses awarded in the last 7 days, oldest first. */
  private window: { day: Day; amount: number }[] = [];
  private windowSum = 0;

  sent(ref: string, total: number, index: number): void {
    this.proposals.set(ref, { total, refunded: 0, index });
  }

  proposal(ref: string): Readonly<Proposal> | undefined {
    return this.proposals.get(ref);
  }

  /** Every proposal a refund can still reach (the latest spend of each ref), in no set order. */
  eachProposal(visit: (ref: string, proposal: Readonly<Proposal>) => void): void {
    for (const [ref, p] of this.proposals) visit(ref, p);
  }

  refunded(ref: string, amount: number): void {
    const p = this.proposals.get(ref);
    if (p)
      this.proposals.set(ref, { total: p.total, refunded: p.refunded + amount, index: p.index });
  }

  /** How much more interview bonus `day` may get under a cap of `cap` per 7 days. */
  interviewRoom(day: Day, cap: number): number {
    while (this.window.length > 0 && (this.window[0]?.day ?? day) <= day - 7) {
      this.windowSum -= this.window.shift()?.amount ?? 0;
    }
    return cap - this.windowSum;
  }

  interviewAwarded(day: Day, amount: number): void {
    this.window.push({ day, amount });
    this.windowSum += amount;
  }

  clone(): Memory {
    const copy = new Memory();
    copy.proposals = new Map(this.proposals);
    copy.window = [...this.window];
    copy.windowSum = this.windowSum;
    return copy;
  }

  toState(): MemoryState {
    const proposals = [...this.proposals.values()];
    return {
      refs: [...this.proposals.keys()],
      refTotals: Float64Array.from(proposals, (p) => p.total),
      refRefunded: Float64Array.from(proposals, (p) => p.refunded),
      refIndexes: Float64Array.from(proposals, (p) => p.index),
      interviewDays: this.window.map((w) => w.day),
      interviewAmounts: this.window.map((w) => w.amount),
      interviewSum: this.windowSum,
    };
  }

  static fromState(state: MemoryState): Memory {
    const memory = new Memory();
    state.refs.forEach((ref, i) => {
      memory.proposals.set(ref, {
        total: state.refTotals[i] as number,
        refunded: state.refRefunded[i] as number,
        index: state.refIndexes[i] ?? -1,
      });
    });
    memory.window = state.interviewDays.map((day, i) => ({
      day,
      amount: state.interviewAmounts[i] as number,
    }));
    memory.windowSum = state.interviewSum;
    return memory;
  }
}
