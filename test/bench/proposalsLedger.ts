/**
 * A deterministic stored ledger of 50,000 proposals with outcomes ending today, for the
 * Proposals page's bench: five years of proposals (as the dashboard bench's ledger spans), the
 * purchases that pay for them, refunds, and outcomes of every kind with tags and signals.
 */
import type { AccountRecord } from '../../src/db/records';
import { cycleStartOf, formatDay, parseIsoDate } from '../../src/engine/dates';
import type { Outcome, Stage } from '../../src/engine/outcomes/types';
import type { SeedLedger } from '../fixtures/restoreInApp';

const YEARS = 5;
/** Connects bought at a time: every proposal is paid for, so every one is applied. */
const TOP_UP = 400;
const TAGS = ['react', 'python', 'design', 'data', 'writing', 'devops', 'shopify', 'node'];
const STAGES: Stage[] = ['sent', 'sent', 'sent', 'viewed', 'viewed', 'interview', 'hired'];

export function proposalsPageLedger(count: number, today: string): SeedLedger {
  const last = parseIsoDate(today) ?? 0;
  const start = cycleStartOf(last - YEARS * 365, 10);
  const days = last - start + 1;
  const entries: SeedLedger['entries'] = [];
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 8) % n;
  };
  let balance = 0;
  let previous = '';
  let order = 0;
  const push = (entry: Omit<SeedLedger['entries'][number], 'order'>): void => {
    order = entry.date === previous ? order + 1 : 0;
    previous = entry.date;
    entries.push({ ...entry, order });
  };
  for (let i = 0; i < count; i += 1) {
    const date = formatDay(start + Math.floor((i * days) / count));
    const ref = `job-${i}`;
    const stage = STAGES[rand(STAGES.length)] as Stage;
    const outcome: Outcome = { stage, tags: [TAGS[rand(TAGS.length)] as string] };
    if (rand(3) === 0) outcome.tags?.push(TAGS[rand(TAGS.length)] as string);
    const connects = 1 + rand(16);
    const boost = rand(3) === 0 ? rand(20) : 0;
    const refunded = stage === 'sent' && rand(12) === 0;
    if (stage === 'hired') outcome.earnedUsd = 100 + rand(2000);
    else if (!refunded && rand(2) === 0) outcome.result = rand(5) === 0 ? 'withdrawn' : 'lost';
    if (rand(4) !== 0) outcome.signals = { hireRate: rand(101), paymentVerified: rand(3) !== 0 };
    balance -= connects + boost;
    if (balance < 0) {
      push({ date, type: 'purchase', connects: TOP_UP });
      balance += TOP_UP;
    }
    push({ date, type: 'spend', connects, ...(boost > 0 ? { boost } : {}), ref, outcome });
    if (refunded) push({ date, type: 'refund', ref });
  }
  const account: AccountRecord = {
    id: 'account',
    plan: 'freelancer-plus',
    cycleDay: 10,
    start: formatDay(start),
    startingBalance: 0,
    // No rollover cap: what the ledger buys is never cut, so every proposal is applied.
    era: { kind: 'fixed', id: 'no-cap-2023' },
    createdAt: `${formatDay(start)}T00:00:00.000Z`,
  };
  return { account, entries };
}
