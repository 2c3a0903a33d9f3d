/** The ledger's event shapes and the replay's results (rules contract §4–§5). */
import type { Outcome, SpendKind } from './outcomes/types';

export const BONUS_REASONS = [
  'interview',
  'new-talent',
  'readiness-test',
  'rising-talent',
  'profile',
  'certification',
  'promo',
  'other',
] as const;
export type BonusReason = (typeof BONUS_REASONS)[number];

export const EVENT_TYPES = ['spend', 'purchase', 'bonus', 'refund', 'adjust', 'plan'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface SpendEvent {
  date: string;
  type: 'spend';
  connects: number;
  boost?: number;
  ref?: string;
  /** What the spend paid for (outcomes.md §1); absent = a proposal. The rules ignore it. */
  kind?: SpendKind;
  /** What became of the proposal (outcomes.md §1); the rules ignore it. */
  outcome?: Outcome;
}
export interface PurchaseEvent {
  date: string;
  type: 'purchase';
  connects: number;
  usd?: number;
}
export interface BonusEvent {
  date: string;
  type: 'bonus';
  reason: BonusReason;
  connects?: number;
}
export interface RefundEvent {
  date: string;
  type: 'refund';
  ref: string;
  connects?: number;
}
export interface AdjustEvent {
  date: string;
  type: 'adjust';
  connects: number;
  note?: string;
}
export interface PlanEvent {
  date: string;
  type: 'plan';
  plan: string;
}

export type LedgerEvent =
  SpendEvent | PurchaseEvent | BonusEvent | RefundEvent | AdjustEvent | PlanEvent;

/** An event as read from outside: a known event, or anything with a `type` the rules do not know. */
export type AnyEvent = LedgerEvent | { type: string; date?: unknown; [field: string]: unknown };

export interface Account {
  plan: string;
  cycleDay: number;
  start: string;
  startingBalance?: number;
}

export interface Statement {
  start: string;
  end: string;
  plan: string;
  era: string;
  carriedIn: number;
  expired: number;
  allotment: number;
  opening: number;
  purchased: number;
  bonus: number;
  refunded: number;
  adjusted: number;
  spent: number;
  lapsed: number;
  closing: number;
  costUsd: number;
}

export const STATEMENT_FIELDS: readonly (keyof Statement)[] = [
  'start',
  'end',
  'plan',
  'era',
  'carriedIn',
  'expired',
  'allotment',
  'opening',
  'purchased',
  'bonus',
  'refunded',
  'adjusted',
  'spent',
  'lapsed',
  'closing',
  'costUsd',
];

export type RejectionCode =
  | 'insufficient-balance'
  | 'purchase-not-allowed'
  | 'over-max-balance'
  | 'no-interview-bonus'
  | 'refund-without-spend'
  | 'over-refund'
  | 'unknown-plan'
  | 'before-start'
  | 'unknown-type'
  | 'invalid-event';

export interface Rejection {
  index: number;
  code: RejectionCode;
  /** Numbers behind the reason, for messages such as "4 needed, 2 held". */
  needed?: number;
  held?: number;
  limit?: number;
}

export interface Warning {
  index: number;
  code: 'bonus-capped';
  applied: number;
}

/** Connects received together, as held on some date. */
export interface Lot {
  received: string;
  left: number;
  /** The date it lapses, or null when its era has no lot lifetime. */
  lapses: string | null;
}
