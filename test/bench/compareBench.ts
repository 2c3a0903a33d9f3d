/** Plan comparison timings: what the "Is Plus worth it?" page recomputes as the user types. */
import { breakEvenCurve } from '../../src/engine/breakEven';
import { compareHistory } from '../../src/engine/compareHistory';
import { formatDay, parseIsoDate } from '../../src/engine/dates';
import type { ReplayInput } from '../../src/engine/replay';
import type { LedgerEvent } from '../../src/engine/types';
import { median, timeIt } from './timing';

const ENTRIES = 5_000;
const YEARS = 8;

/** A deterministic eight-year history: proposals, refunds, bonuses, purchases, corrections, plan changes. */
export function historyOf(entries: number): ReplayInput {
  const start = parseIsoDate('2017-01-01') as number;
  const days = YEARS * 365;
  const events: LedgerEvent[] = [];
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 8) % n; // the low bits of this generator repeat too soon
  };
  for (let i = 0; i < entries; i += 1) {
    const date = formatDay(start + Math.floor((i * days) / entries));
    const roll = rand(100);
    const ref = `job-${rand(200)}`;
    if (roll < 70) events.push({ date, type: 'spend', connects: 2 + rand(6), boost: rand(4), ref });
    else if (roll < 80) events.push({ date, type: 'refund', ref });
    else if (roll < 88) events.push({ date, type: 'purchase', connects: 20 });
    else if (roll < 95) events.push({ date, type: 'bonus', reason: 'promo', connects: 3 });
    else if (roll < 98) events.push({ date, type: 'adjust', connects: rand(2) === 0 ? 4 : -2 });
    else events.push({ date, type: 'plan', plan: 'freelancer-plus' });
  }
  return {
    account: { plan: 'freelancer-basic', cycleDay: 1, start: '2017-01-01' },
    events,
    era: 'auto',
  };
}

function timed(run: () => unknown): number {
  // warm-up: the JIT's first passes are not what a user waits for as they type
  for (let i = 0; i < 3; i += 1) run();
  return median(Array.from({ length: 9 }, () => timeIt(run)));
}

export function benchCompare(): string[] {
  const history = historyOf(ENTRIES);
  const compare = timed(() => compareHistory(history));
  // The issue's own example pace (8 Connects a proposal) under today's rules. The cost is the
  // engine's purchases: about one per proposal beyond the allotment, 250,000 over the curve.
  const curve = timed(() =>
    breakEvenCurve({
      era: 'no-cap-2023',
      cycles: 24,
      maxProposals: 100,
      pace: { connectsPerProposal: 8 },
    }),
  );
  return [
    `compare-history-5k: ${compare.toFixed(1)} ms`,
    `break-even-curve: ${curve.toFixed(1)} ms`,
  ];
}
