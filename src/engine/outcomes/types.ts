/**
 * What a spend was for and what became of a proposal (shared/spec/outcomes.md §1, §4).
 * The rules never read these: they ride along with `spend` events for the statistics.
 */

/** What a spend paid for; an absent kind is a proposal. */
export const SPEND_KINDS = ['proposal', 'profile-boost', 'availability-badge', 'other'] as const;
export type SpendKind = (typeof SPEND_KINDS)[number];

/** The furthest point a proposal reached, in order. */
export const STAGES = ['sent', 'viewed', 'interview', 'hired'] as const;
export type Stage = (typeof STAGES)[number];

export const RESULTS = ['open', 'hired', 'lost', 'withdrawn', 'cancelled'] as const;
export type OutcomeResult = (typeof RESULTS)[number];

/** Most tags on one proposal, and the longest tag, in characters. */
export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 40;
/** The longest "proposals" band text kept from a job page ("20 to 50"). */
export const MAX_PROPOSALS_BAND_LENGTH = 40;

/** What the job page and client profile showed when applying (all optional, §4). */
export interface Signals {
  /** The client's hire rate, 0–100 (%). */
  hireRate?: number;
  paymentVerified?: boolean;
  /** The client invited you. */
  invited?: boolean;
  /** The job's proposals band as shown, e.g. "20 to 50". */
  proposals?: string;
  clientSpentUsd?: number;
  /** Days since the job was posted. */
  postedDays?: number;
  /** Days since the client last viewed the job. */
  lastViewedDays?: number;
  /** Freelancers the client is interviewing. */
  interviewing?: number;
  /** Someone is already hired for it. */
  hiredAlready?: boolean;
  /** Your judgement of the description. */
  clearDescription?: boolean;
}

export const SIGNAL_FIELDS = [
  'hireRate',
  'paymentVerified',
  'invited',
  'proposals',
  'clientSpentUsd',
  'postedDays',
  'lastViewedDays',
  'interviewing',
  'hiredAlready',
  'clearDescription',
] as const satisfies readonly (keyof Signals)[];

export interface Outcome {
  /** Default `sent`. */
  stage?: Stage;
  /** Default: see `effectiveResult`. */
  result?: OutcomeResult;
  /** YYYY-MM-DD, not before the proposal's date. */
  decidedOn?: string;
  /** What the contract paid (a hire only). */
  earnedUsd?: number;
  /** Default []. */
  tags?: string[];
  /** Default {}. */
  signals?: Signals;
}

/** The order of a stage (sent 0 … hired 3); an absent stage is `sent`. */
export function stageRank(stage: Stage | undefined): number {
  switch (stage) {
    case 'viewed':
      return 1;
    case 'interview':
      return 2;
    case 'hired':
      return 3;
    default:
      return 0;
  }
}
