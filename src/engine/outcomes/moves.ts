/**
 * Moving an open proposal on (the Proposals page and the ledger's row control): what its
 * outcome becomes when it was viewed, led to an interview, was hired (with what it paid),
 * lost or withdrawn. A stage only moves forward; tags and signals stay as they were.
 */
import { stageRank, type Outcome, type Stage } from './types';

export const PROPOSAL_MOVES = ['viewed', 'interview', 'hired', 'lost', 'withdrawn'] as const;
export type ProposalMove = (typeof PROPOSAL_MOVES)[number];

export const MOVE_LABELS: Record<ProposalMove, string> = {
  viewed: 'Viewed',
  interview: 'Interview',
  hired: 'Hired',
  lost: 'Lost',
  withdrawn: 'Withdrawn',
};

/** How the move reads after "Marked … ": "lost", "hired", "at interview". */
export const MOVE_SUMMARIES: Record<ProposalMove, string> = {
  viewed: 'viewed',
  interview: 'at interview',
  hired: 'hired',
  lost: 'lost',
  withdrawn: 'withdrawn',
};

export interface MoveOptions {
  /** The proposal's date: a decision is never dated before it. */
  date: string;
  /** The day the move is made (YYYY-MM-DD): a result's `decidedOn`. */
  today: string;
  /** What the contract paid, for `hired`; left out when not known. */
  earnedUsd?: number;
}

const laterStage = (current: Stage | undefined, next: Stage): Stage =>
  stageRank(current) >= stageRank(next) ? (current ?? 'sent') : next;

/**
 * The outcome after `move`. Viewed and interview raise the stage and leave the proposal open;
 * hired, lost and withdrawn decide it on `today` (or on its date, if that is later).
 */
export function moveOutcome(
  current: Outcome | undefined,
  move: ProposalMove,
  { date, today, earnedUsd }: MoveOptions,
): Outcome {
  const base: Outcome = { ...current };
  const decidedOn = today < date ? date : today;
  switch (move) {
    case 'viewed':
    case 'interview': {
      const next: Outcome = { ...base, stage: laterStage(base.stage, move) };
      // Moved on again after a decision: the proposal is open once more.
      if (next.result !== undefined && next.result !== 'open') {
        delete next.result;
        delete next.decidedOn;
      }
      return next;
    }
    case 'hired': {
      const next: Outcome = { ...base, stage: 'hired', result: 'hired', decidedOn };
      if (earnedUsd === undefined) delete next.earnedUsd;
      else next.earnedUsd = earnedUsd;
      return next;
    }
    case 'lost':
    case 'withdrawn': {
      const next: Outcome = { ...base, result: move, decidedOn };
      // A hired stage allows no other result: a hire taken back was an interview.
      if (next.stage === 'hired') next.stage = 'interview';
      delete next.earnedUsd;
      return next;
    }
  }
}
