/**
 * The user's own average pace, the pace calculator's starting point: what
 * the ledger records from the account's start through today, per cycle and
 * per proposal. Without a proposal in the ledger, the app's usual defaults.
 */
import { parseIsoDate } from '../../engine/dates';
import type { ReplayInput } from '../../engine/replay';
import type { LedgerEvent } from '../../engine/types';
import { DEFAULT_PACE } from '../../store/uiStore';
import { DEFAULT_HORIZON, type CompareInputs } from './compareInputs';

/** A billing cycle's average length in days. */
const CYCLE_DAYS = 365.25 / 12;

export interface HistoryPace {
  inputs: CompareInputs;
  /** Proposals found, and over how many cycles (fractional: the current one counts as far as today). */
  proposals: number;
  cycles: number;
}

export const FALLBACK_INPUTS: CompareInputs = {
  p: DEFAULT_PACE.proposalsPerCycle,
  c: DEFAULT_PACE.connectsPerProposal,
  b: DEFAULT_PACE.boostPerProposal,
  r: DEFAULT_PACE.refundShare * 100,
  bonus: DEFAULT_PACE.bonusPerCycle,
  h: DEFAULT_HORIZON,
  era: 'auto',
};

const tenth = (n: number): number => Math.round(n * 10) / 10;

export function historyPace(input: ReplayInput | null, today: string): HistoryPace {
  const none = { inputs: FALLBACK_INPUTS, proposals: 0, cycles: 0 };
  const start = input ? parseIsoDate(input.account.start) : null;
  const end = parseIsoDate(today);
  if (!input || start === null || end === null || end < start) return none;
  let proposals = 0;
  let connects = 0;
  let boosts = 0;
  let refunds = 0;
  for (const event of input.events as readonly LedgerEvent[]) {
    const day = parseIsoDate(event.date);
    if (day === null || day < start || day > end) continue;
    if (event.type === 'spend') {
      proposals += 1;
      connects += event.connects;
      boosts += event.boost ?? 0;
    } else if (event.type === 'refund') refunds += 1;
  }
  if (proposals === 0) return none;
  const cycles = Math.max(1, (end - start + 1) / CYCLE_DAYS);
  return {
    inputs: {
      ...FALLBACK_INPUTS,
      p: tenth(proposals / cycles),
      c: tenth(connects / proposals),
      b: tenth(boosts / proposals),
      r: Math.round(Math.min(1, refunds / proposals) * 100),
    },
    proposals,
    cycles,
  };
}
