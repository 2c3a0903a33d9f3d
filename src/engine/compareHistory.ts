/**
 * "What would my own history have cost under another plan?" The user's
 * proposals, refunds, bonuses and corrections are replayed under each plan
 * with the same eras; their purchases give way to the buying rule
 * (buying.ts) and their plan changes to the plan compared.
 *
 * Corrections (`adjust`) are kept by default: they record Connects the
 * platform added or took back outside proposals (support credits, fixes),
 * which would have happened under any plan. A negative one the other plan's
 * balance cannot cover is skipped, like the engine rejects it. Set
 * `keepAdjustments: false` when the user's corrections only reconcile the
 * app with the platform's balance (e.g. for purchases not logged).
 */
import { formatDay, nextCycleStart, parseIsoDate, type Day } from './dates';
import { ERA_CATALOGUE, eraResolver } from './eras';
import { PlanRunner, plansInForce, type PlanRun } from './compareRunner';
import { accountStartDay, lastCycleStart, type ReplayInput } from './replay';
import { EVENT_TYPES, type AnyEvent, type LedgerEvent } from './types';
import { isWellFormed } from './wellformed';

export interface CompareHistoryInput extends ReplayInput {
  /** Plans to compare; default: every plan that each era of the period has. */
  plans?: readonly string[];
  /** Keep the history's corrections (default true). */
  keepAdjustments?: boolean;
}

export interface HistoryPlanResult extends PlanRun {
  /** Indexes (in the input's `events`) of proposals this plan could not have sent. */
  unsentIndexes: number[];
  /** Indexes of refunds, bonuses and corrections that did not apply under this plan. */
  skippedIndexes: number[];
  /** The generated ledger, ready to replay: `replay(replayInput).cycles` equals `statements`. */
  replayInput: ReplayInput;
}

export interface DroppedEvents {
  purchases: number[];
  planChanges: number[];
  /** Only when `keepAdjustments` is false. */
  adjustments: number[];
  /** Unknown types, malformed events, events before the account's start. */
  invalid: number[];
}

export interface HistoryComparison {
  plans: HistoryPlanResult[];
  dropped: DroppedEvents;
  /** The cycle starts compared: from the account's start through the cycle containing `until`. */
  from: string;
  through: string;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

interface Prepared {
  start: Day;
  /** Indexes of the events to feed, in date order (stable within a date). */
  order: number[];
  days: Float64Array;
  dropped: DroppedEvents;
  lastEventDay: Day;
}

function prepare(input: CompareHistoryInput, start: Day): Prepared {
  const events = input.events;
  const keepAdjustments = input.keepAdjustments ?? true;
  const days = new Float64Array(events.length);
  const order: number[] = [];
  const dropped: DroppedEvents = { purchases: [], planChanges: [], adjustments: [], invalid: [] };
  let sorted = true;
  let previous = Number.NEGATIVE_INFINITY;
  let lastEventDay = start;
  let cachedText = '';
  let cachedDay: Day | null = null;
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i] as AnyEvent;
    const text = typeof event.date === 'string' ? event.date : '';
    if (text !== cachedText) {
      cachedText = text;
      cachedDay = parseIsoDate(text);
    }
    const ok = KNOWN_TYPES.has(event.type) && cachedDay !== null && isWellFormed(event);
    if (!ok || cachedDay === null || cachedDay < start) {
      dropped.invalid.push(i);
      continue;
    }
    // The compared period is the one `replay` of the history states, so every valid event counts here.
    if (cachedDay > lastEventDay) lastEventDay = cachedDay;
    if (event.type === 'purchase') dropped.purchases.push(i);
    else if (event.type === 'plan') dropped.planChanges.push(i);
    else if (event.type === 'adjust' && !keepAdjustments) dropped.adjustments.push(i);
    else {
      days[i] = cachedDay;
      if (cachedDay < previous) sorted = false;
      previous = cachedDay;
      order.push(i);
    }
  }
  if (!sorted) order.sort((a, b) => (days[a] as number) - (days[b] as number) || a - b);
  return { start, order, days, dropped, lastEventDay };
}

export function compareHistory(input: CompareHistoryInput): HistoryComparison {
  const start = accountStartDay(input.account);
  const prepared = prepare(input, start);
  const last = lastCycleStart(input, start, prepared.lastEventDay);
  const lastDay = nextCycleStart(last) - 1;
  const era = input.era ?? 'auto';
  const eraFor = eraResolver(era, input.catalogue ?? ERA_CATALOGUE);
  const plans = input.plans ?? plansInForce(eraFor, start, last);
  const results = plans.map((plan): HistoryPlanResult => {
    const runner = new PlanRunner(
      { plan, start, startingBalance: input.account.startingBalance ?? 0, eraFor },
      true,
    );
    const unsentIndexes: number[] = [];
    const skippedIndexes: number[] = [];
    for (const index of prepared.order) {
      const day = prepared.days[index] as number;
      if (day > lastDay) break;
      runner.machine.advanceTo(day);
      const event = input.events[index] as LedgerEvent;
      if (event.type === 'spend') {
        if (!runner.propose(event, day)) unsentIndexes.push(index);
      } else if (!runner.receive(event, day)) {
        skippedIndexes.push(index);
      }
    }
    const run = runner.finish(last);
    const replayInput: ReplayInput = {
      account: { ...input.account, plan },
      era,
      events: runner.ledger ?? [],
      until: formatDay(last),
    };
    if (input.catalogue) replayInput.catalogue = input.catalogue;
    return { ...run, unsentIndexes, skippedIndexes, replayInput };
  });
  return {
    plans: results,
    dropped: prepared.dropped,
    from: formatDay(start),
    through: formatDay(last),
  };
}
