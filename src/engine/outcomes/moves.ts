/**
 * Moving a proposal on (outcomes.md §1–§2): one user action (viewed, interview, hired, lost,
 * withdrawn, job closed, still open, clear) turned into the outcome to store, always one the
 * contract allows, and where a proposal stands in one word. Tags and signals ride along with
 * every move: they describe the job, not how it went.
 */
import { effectiveResult } from './effective';
import { RESULT_LABELS, STAGE_LABELS } from './words';
import { stageRank, type Outcome, type OutcomeResult } from './types';

export type OutcomeMove =
  'viewed' | 'interview' | 'hired' | 'lost' | 'withdrawn' | 'cancelled' | 'open' | 'clear';

/** The moves in the order a menu offers them. */
export const OUTCOME_MOVES: readonly OutcomeMove[] = [
  'viewed',
  'interview',
  'hired',
  'lost',
  'withdrawn',
  'cancelled',
  'open',
  'clear',
];

export const MOVE_LABELS: Record<OutcomeMove, string> = {
  viewed: 'Viewed',
  interview: 'Interview',
  hired: 'Hired…',
  lost: 'Lost',
  withdrawn: 'Withdrawn',
  cancelled: 'Job closed (cancelled)',
  open: 'Still open',
  clear: 'Clear (back to sent)',
};

export interface MoveContext {
  /** The proposal's date: a result is never decided before it. */
  date: string;
  /** Today (YYYY-MM-DD): when a result set now became known. */
  today: string;
  /** What the hire earned, for `hired` (left out: unknown). */
  earnedUsd?: number;
}

/** The outcome with only the fields that describe the job (tags, signals), or null. */
function jobOnly(outcome: Outcome | null | undefined): Outcome | null {
  const out: Outcome = {};
  if (outcome?.tags !== undefined && outcome.tags.length > 0) out.tags = outcome.tags;
  if (outcome?.signals !== undefined && Object.keys(outcome.signals).length > 0)
    out.signals = outcome.signals;
  return Object.keys(out).length > 0 ? out : null;
}

const laterOf = (a: string, b: string): string => (a > b ? a : b);

/**
 * The outcome after `move`, or null when nothing is left to store. A stage (viewed, interview)
 * keeps a final result already given (a lost proposal may turn out to have been viewed) but
 * drops a hire and its earnings; a result (lost, withdrawn, job closed) keeps the stage reached,
 * except a hire, which allows no other result; `open` says the proposal is still open, which
 * also overrides a full refund's `cancelled` (§2); `clear` keeps only tags and signals.
 */
export function moveOutcome(
  current: Outcome | null | undefined,
  move: OutcomeMove,
  context: MoveContext,
): Outcome | null {
  const base = jobOnly(current) ?? {};
  const decidedOn = laterOf(context.today, context.date);
  const wasHired = current?.stage === 'hired' || current?.result === 'hired';
  const keptStage = wasHired ? undefined : current?.stage;
  const withStage = (o: Outcome): Outcome =>
    keptStage === undefined || keptStage === 'sent' ? o : { stage: keptStage, ...o };
  switch (move) {
    case 'viewed':
    case 'interview': {
      const out: Outcome = { stage: move, ...base };
      if (!wasHired && current?.result !== undefined) {
        out.result = current.result;
        if (current.decidedOn !== undefined) out.decidedOn = current.decidedOn;
      }
      return out;
    }
    case 'hired': {
      const out: Outcome = { stage: 'hired', result: 'hired', decidedOn, ...base };
      if (context.earnedUsd !== undefined) out.earnedUsd = context.earnedUsd;
      return out;
    }
    case 'lost':
    case 'withdrawn':
    case 'cancelled':
      return withStage({ result: move, decidedOn, ...base });
    case 'open':
      return withStage({ result: 'open', ...base });
    case 'clear':
      return jobOnly(current);
  }
}

export interface Standing {
  /** The effective result (§2). */
  result: OutcomeResult;
  stage: NonNullable<Outcome['stage']>;
  /** In one or two words: `Sent`, `Viewed`, `Interview`, `Hired`, `Lost (viewed)`, `Cancelled`. */
  label: string;
}

/**
 * Where a proposal stands: its effective result (a fully refunded proposal is cancelled unless
 * the outcome says otherwise) and, while open, its stage. `spent` is connects + boost, `refunded`
 * what the rules matched to it.
 */
export function standingOf(
  outcome: Outcome | null | undefined,
  spent: number,
  refunded: number,
): Standing {
  const stage = outcome?.stage ?? 'sent';
  const result = effectiveResult(outcome ?? undefined, spent, refunded);
  let label: string;
  if (result === 'open') label = STAGE_LABELS[stage];
  else if (result === 'hired') label = RESULT_LABELS.hired;
  else if (stageRank(stage) > 0) label = `${RESULT_LABELS[result]} (${stage})`;
  else label = RESULT_LABELS[result];
  return { result, stage, label };
}

/**
 * The moves worth offering from where a proposal stands: every stage but its own, a hire
 * (again, to change its earnings), the results it does not have (a hire allows none), `open`
 * when it is not open, and `clear` when there is anything but tags and signals to clear.
 */
export function movesFrom(outcome: Outcome | null | undefined, standing: Standing): OutcomeMove[] {
  const hired = standing.result === 'hired';
  const hasProgress =
    outcome?.stage !== undefined ||
    outcome?.result !== undefined ||
    outcome?.decidedOn !== undefined ||
    outcome?.earnedUsd !== undefined;
  return OUTCOME_MOVES.filter((move) => {
    switch (move) {
      case 'viewed':
      case 'interview':
        return hired || standing.stage !== move;
      case 'hired':
        return true;
      case 'lost':
      case 'withdrawn':
      case 'cancelled':
        return !hired && standing.result !== move;
      case 'open':
        return standing.result !== 'open';
      case 'clear':
        return hasProgress;
    }
  });
}
