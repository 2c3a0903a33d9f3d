/** A deterministic stored ledger (account and entries) ending today, for the dashboard bench and e2e. */
import type { AccountRecord, EntryRecord } from '../../src/db/records';
import { cycleStartOf, formatDay, parseIsoDate } from '../../src/engine/dates';

const YEARS = 5;

export interface StoredLedger {
  account: AccountRecord;
  entries: EntryRecord[];
}

export function benchLedger(count: number, today: string): StoredLedger {
  const last = parseIsoDate(today) ?? 0;
  const start = cycleStartOf(last - YEARS * 365, 10);
  const days = last - start + 1;
  const entries: EntryRecord[] = [];
  let seed = 11;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let previous = '';
  let order = 0;
  for (let i = 0; i < count; i += 1) {
    const date = formatDay(start + Math.floor((i * days) / count));
    order = date === previous ? order + 1 : 0;
    previous = date;
    const roll = rand(100);
    const ref = `job-${rand(300)}`;
    const base = { date, order };
    if (roll < 62)
      entries.push({ ...base, type: 'spend', connects: 1 + rand(4), boost: rand(3), ref });
    else if (roll < 82) entries.push({ ...base, type: 'purchase', connects: 10 });
    else if (roll < 90) entries.push({ ...base, type: 'refund', ref });
    else if (roll < 96) entries.push({ ...base, type: 'bonus', reason: 'promo', connects: 2 });
    else if (roll < 99) entries.push({ ...base, type: 'adjust', connects: rand(2) === 0 ? 3 : -2 });
    else
      entries.push({
        ...base,
        type: 'plan',
        plan: rand(2) === 0 ? 'freelancer-plus' : 'agency-plus',
      });
  }
  const account: AccountRecord = {
    id: 'account',
    plan: 'freelancer-plus',
    cycleDay: 10,
    start: formatDay(start),
    startingBalance: 100,
    era: { kind: 'auto' },
    createdAt: `${formatDay(start)}T00:00:00.000Z`,
  };
  return { account, entries };
}
