/**
 * Statistics of 50,000 proposals with outcomes, every group (outcomes.md §3), for `npm run bench`:
 * the whole of what the proposals page waits for, the replay of the ledger included.
 */
import { formatDay, parseIsoDate } from '../../src/engine/dates';
import type { Outcome, Stage } from '../../src/engine/outcomes/types';
import { proposalStats } from '../../src/engine/outcomes/stats';
import type { ReplayInput } from '../../src/engine/replay';
import type { LedgerEvent } from '../../src/engine/types';
import { median, timeIt } from './timing';

const PROPOSALS = 50_000;
const YEARS = 8;
/** Connects bought at a time: the proposals are paid for, so every one is applied. */
const TOP_UP = 400;
const TAGS = ['react', 'python', 'design', 'data', 'writing', 'devops', 'shopify', 'node'];
const STAGES: Stage[] = ['sent', 'sent', 'sent', 'viewed', 'viewed', 'interview', 'hired'];

/** A deterministic ledger of proposals with outcomes, purchases to pay for them, and refunds. */
export function proposalLedger(): ReplayInput {
  const start = parseIsoDate('2023-06-01') as number;
  const days = YEARS * 365;
  const events: LedgerEvent[] = [];
  let balance = 0;
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 8) % n; // the low bits of this generator repeat in short cycles
  };
  for (let i = 0; i < PROPOSALS; i += 1) {
    const date = formatDay(start + Math.floor((i * days) / PROPOSALS));
    const ref = `job-${i}`;
    const stage = STAGES[rand(STAGES.length)] as Stage;
    const outcome: Outcome = { stage, tags: [TAGS[rand(TAGS.length)] as string] };
    if (rand(3) === 0) outcome.tags?.push(TAGS[rand(TAGS.length)] as string);
    const connects = rand(20);
    const boost = rand(3) === 0 ? rand(30) : 0;
    const refunded = stage === 'sent' && connects + boost > 0 && rand(12) === 0;
    if (stage === 'hired') outcome.earnedUsd = 100 + rand(2000);
    else if (!refunded && rand(2) === 0) outcome.result = rand(5) === 0 ? 'withdrawn' : 'lost';
    if (rand(4) !== 0) {
      outcome.signals = { hireRate: rand(101), paymentVerified: rand(3) !== 0 };
    }
    balance -= connects + boost;
    if (balance < 0) {
      events.push({ date, type: 'purchase', connects: TOP_UP });
      balance += TOP_UP;
    }
    events.push({ date, type: 'spend', connects, boost, ref, outcome });
    if (refunded) events.push({ date, type: 'refund', ref });
  }
  return {
    account: { plan: 'freelancer-plus', cycleDay: 1, start: '2023-06-01', startingBalance: 0 },
    events,
    era: 'auto',
  };
}

export function benchProposalStats(): string[] {
  const input = proposalLedger();
  proposalStats(input); // warm-up, as for the replay
  const ms = median([1, 2, 3, 4, 5].map(() => timeIt(() => proposalStats(input))));
  return [`proposal-stats-50k: ${ms.toFixed(1)} ms`];
}
