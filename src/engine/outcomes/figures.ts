/**
 * The figures of one set of proposals (outcomes.md §3): counts kept as a proposal is added,
 * rates and ratios worked out once at the end. Counting is a handful of additions per
 * proposal, so every group of 50,000 proposals costs a few milliseconds.
 */
import type { ProposalRecord } from './proposals';
import { wilsonInterval } from './wilson';

/** Below this many considered proposals a rate is shown as "too few to tell" beside it. */
export const MIN_CONSIDERED = 10;

export interface ProposalFigures {
  sent: number;
  cancelled: number;
  /** sent − cancelled. */
  considered: number;
  viewed: number;
  interviews: number;
  hires: number;
  open: number;
  lost: number;
  withdrawn: number;
  /** Over `considered`; null when it is 0. */
  viewedRate: number | null;
  interviewRate: number | null;
  hireRate: number | null;
  /** 95% Wilson interval; null when `considered` is 0. */
  interviewRateCi: [number, number] | null;
  hireRateCi: [number, number] | null;
  /** Σ connects + boost. */
  spent: number;
  refunded: number;
  /** spent − refunded. */
  net: number;
  /** Σ net Connects × the price per Connect on each proposal's date, in cents. */
  usd: number;
  connectsPerInterview: number | null;
  connectsPerHire: number | null;
  /** usd / hires, in cents. */
  usdPerHire: number | null;
  earnedUsd: number;
  returnPerUsd: number | null;
  /**
   * Fewer than MIN_CONSIDERED considered proposals: the rates are still plain numbers, but a
   * page shows "too few to tell" next to them, never a percentage alone.
   */
  tooFewToTell: boolean;
}

/** The figures of §3 by name, in the contract's order (what the command prints). */
export const FIGURE_NAMES = [
  'sent',
  'cancelled',
  'considered',
  'viewed',
  'interviews',
  'hires',
  'open',
  'lost',
  'withdrawn',
  'viewedRate',
  'interviewRate',
  'hireRate',
  'interviewRateCi',
  'hireRateCi',
  'spent',
  'refunded',
  'net',
  'usd',
  'connectsPerInterview',
  'connectsPerHire',
  'usdPerHire',
  'earnedUsd',
  'returnPerUsd',
] as const satisfies readonly (keyof ProposalFigures)[];

const toCents = (usd: number): number => Math.round(usd * 100) / 100;

/** Running counts of one set of proposals. */
export class Tally {
  sent = 0;
  cancelled = 0;
  viewed = 0;
  interviews = 0;
  hires = 0;
  open = 0;
  lost = 0;
  withdrawn = 0;
  spent = 0;
  refunded = 0;
  /** Unrounded: §3 rounds the sum, not each proposal. */
  usd = 0;
  earned = 0;

  add(p: ProposalRecord): void {
    this.sent += 1;
    this.spent += p.spent;
    this.refunded += p.refunded;
    this.usd += (p.spent - p.refunded) * p.pricePerConnectUsd;
    switch (p.result) {
      case 'cancelled':
        // Counted in sent, cancelled and the Connects figures only.
        this.cancelled += 1;
        return;
      case 'open':
        this.open += 1;
        break;
      case 'lost':
        this.lost += 1;
        break;
      case 'withdrawn':
        this.withdrawn += 1;
        break;
      default:
        break;
    }
    const rank = p.stageRank;
    if (rank >= 1) this.viewed += 1;
    if (rank >= 2) this.interviews += 1;
    if (rank >= 3) {
      this.hires += 1;
      this.earned += p.earnedUsd;
    }
  }

  figures(): ProposalFigures {
    const considered = this.sent - this.cancelled;
    const net = this.spent - this.refunded;
    const usd = toCents(this.usd);
    const earnedUsd = toCents(this.earned);
    const rate = (n: number): number | null => (considered > 0 ? n / considered : null);
    return {
      sent: this.sent,
      cancelled: this.cancelled,
      considered,
      viewed: this.viewed,
      interviews: this.interviews,
      hires: this.hires,
      open: this.open,
      lost: this.lost,
      withdrawn: this.withdrawn,
      viewedRate: rate(this.viewed),
      interviewRate: rate(this.interviews),
      hireRate: rate(this.hires),
      interviewRateCi: wilsonInterval(this.interviews, considered),
      hireRateCi: wilsonInterval(this.hires, considered),
      spent: this.spent,
      refunded: this.refunded,
      net,
      usd,
      connectsPerInterview: this.interviews > 0 ? net / this.interviews : null,
      connectsPerHire: this.hires > 0 ? net / this.hires : null,
      usdPerHire: this.hires > 0 ? toCents(usd / this.hires) : null,
      earnedUsd,
      returnPerUsd: usd > 0 ? earnedUsd / usd : null,
      tooFewToTell: considered < MIN_CONSIDERED,
    };
  }
}

/** The figures of any set of proposals. */
export function figuresOf(proposals: Iterable<ProposalRecord>): ProposalFigures {
  const tally = new Tally();
  for (const p of proposals) tally.add(p);
  return tally.figures();
}
