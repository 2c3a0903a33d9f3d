/**
 * The account a history implies (cycle day and plan from its Monthly Connects rows) and the
 * starting balance that makes the replay end at the page's "My balance". The replay is the
 * engine's: the search only chooses its input.
 */
import { cycleStartOf, formatDay, parseIsoDate } from '../engine/dates';
import { stateAt, type ReplayInput } from '../engine/replay';
import type { LedgerEvent, RejectionCode } from '../engine/types';
import { planOf } from './actions';
import type { InferredAccount, ParseOptions, PlatformRow } from './types';

const DEFAULT_PLAN = 'freelancer-basic';

/** The most common value; ties to the earliest seen. */
function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

/**
 * Plan and cycle day from the Monthly Connects rows (their date gives the day, their details
 * the plan), unless the options give them; the start is the cycle start on or before the
 * first row. Without either, the cycle starts on the first row's date.
 */
export function inferAccount(
  firstDate: string | null,
  platformRows: readonly PlatformRow[],
  options: ParseOptions = {},
): InferredAccount | null {
  if (firstDate === null) return null;
  const first = parseIsoDate(firstDate) as number;
  const monthly = platformRows.filter((r) => r.kind === 'monthly');
  const dayFromRows = mode(monthly.map((r) => Number(r.date.slice(8, 10))));
  const planFromRows = monthly.map((r) => planOf(r.details)).find((p) => p !== undefined);
  const cycleDay = options.cycleDay ?? dayFromRows ?? Number(firstDate.slice(8, 10));
  const plan = options.plan ?? planFromRows ?? DEFAULT_PLAN;
  const source =
    options.cycleDay !== undefined || options.plan !== undefined
      ? 'options'
      : dayFromRows !== undefined
        ? 'platform-rows'
        : 'default';
  const start = formatDay(cycleStartOf(first, cycleDay));
  return { plan, cycleDay, start, era: options.era ?? 'auto', source };
}

/** Rejections that more starting balance can cure. */
const WANTS_BALANCE: ReadonlySet<RejectionCode> = new Set(['insufficient-balance']);
/** Rejections that more starting balance can cause (a purchase over the most one may hold). */
const TOO_MUCH: ReadonlySet<RejectionCode> = new Set(['over-max-balance']);

interface Probe {
  balance: number;
  short: boolean;
  over: boolean;
}

/**
 * The least starting balance S such that the replay through `lastDate` rejects no event for
 * want of Connects (or for holding too many) and ends at `reported`; null when there is none.
 * Rejections no balance changes (a refund whose proposal predates the file) are left to the
 * preview. Each Connect added at the start adds at most one at the end (it may expire or
 * lapse), so from the least S with no shortfall, S + (reported − balance) never overshoots
 * the answer: a few replays suffice.
 */
export function findStartingBalance(
  account: InferredAccount,
  events: readonly LedgerEvent[],
  reported: number,
  lastDate: string,
): number | null {
  const probe = (startingBalance: number): Probe => {
    const input: ReplayInput = {
      account: {
        plan: account.plan,
        cycleDay: account.cycleDay,
        start: account.start,
        startingBalance,
      },
      events,
      era: account.era,
    };
    const state = stateAt(input, lastDate);
    return {
      balance: state.balance,
      short: state.rejected.some((r) => WANTS_BALANCE.has(r.code)),
      over: state.rejected.some((r) => TOO_MUCH.has(r.code)),
    };
  };
  try {
    let low = 0;
    let at = probe(0);
    if (at.short) {
      let high = events.reduce(
        (sum, e) => sum + (e.type === 'spend' ? e.connects + (e.boost ?? 0) : 0),
        1,
      );
      if (probe(high).short) return null;
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (probe(mid).short) low = mid;
        else high = mid;
      }
      low = high;
      at = probe(low);
    }
    for (let step = 0; step < 64; step += 1) {
      if (at.balance === reported) return at.short || at.over ? null : low;
      if (at.balance > reported) return null;
      low += reported - at.balance;
      at = probe(low);
    }
    return null;
  } catch {
    // An account the rules cannot replay (a plan the era lacks): no balance to offer.
    return null;
  }
}
