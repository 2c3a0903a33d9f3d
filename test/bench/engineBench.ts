/** Replay of a million mixed events over twenty years, for `npm run bench`. */
import { formatDay, parseIsoDate } from '../../src/engine/dates';
import { replay, type ReplayInput } from '../../src/engine/replay';
import type { LedgerEvent } from '../../src/engine/types';
import { median, timeIt } from './timing';

const EVENTS = 1_000_000;
const YEARS = 20;

/** A deterministic ledger: mostly proposals and purchases, with refunds, bonuses, corrections and plan changes. */
export function millionEventLedger(): ReplayInput {
  const start = parseIsoDate('2006-01-01') as number;
  const days = YEARS * 365;
  const events: LedgerEvent[] = [];
  let seed = 42;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < EVENTS; i += 1) {
    const date = formatDay(start + Math.floor((i * days) / EVENTS));
    const roll = rand(100);
    const ref = `job-${rand(500)}`;
    if (roll < 55) events.push({ date, type: 'spend', connects: 1 + rand(4), boost: rand(3), ref });
    else if (roll < 80) events.push({ date, type: 'purchase', connects: 10 });
    else if (roll < 88) events.push({ date, type: 'refund', ref });
    else if (roll < 94)
      events.push({ date, type: 'bonus', reason: roll < 91 ? 'interview' : 'promo', connects: 2 });
    else if (roll < 99) events.push({ date, type: 'adjust', connects: rand(2) === 0 ? 3 : -2 });
    else
      events.push({ date, type: 'plan', plan: rand(2) === 0 ? 'freelancer-plus' : 'agency-plus' });
  }
  return {
    account: { plan: 'freelancer-plus', cycleDay: 1, start: '2006-01-01' },
    events,
    era: 'auto',
  };
}

export function benchReplay(): string[] {
  const input = millionEventLedger();
  replay(input); // warm-up: the JIT's first pass is not what a user waits for twice
  const ms = median([1, 2, 3, 4, 5].map(() => timeIt(() => replay(input))));
  return [
    `replay-1M-events: ${ms.toFixed(1)} ms`,
    `replay-events-per-second: ${Math.round(EVENTS / (ms / 1000))}`,
  ];
}
