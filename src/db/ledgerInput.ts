/** Turns what is stored into the engine's replay input, and replay results back into entry terms. */
import { ERA_CATALOGUE, type Era, type EraChoice } from '../engine/eras';
import type { ReplayInput } from '../engine/replay';
import type { LedgerEvent } from '../engine/types';
import type { AccountRecord, CustomEraRecord, EntryRecord } from './records';

export function eraChoiceOf(
  account: AccountRecord,
  customEras: readonly CustomEraRecord[],
): EraChoice {
  const setting = account.era;
  if (setting.kind === 'auto') return 'auto';
  if (setting.kind === 'fixed') return setting.id;
  const custom = customEras.find((c) => c.id === setting.id);
  return custom ? custom.era : 'auto';
}

export function compareEntries(a: EntryRecord, b: EntryRecord): number {
  return a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.order - b.order || (a.id ?? 0) - (b.id ?? 0);
}

/**
 * An entry as the rules' event, the storage-only fields dropped. Every event
 * gets the same fields (absent ones undefined, which the rules read as
 * absent): the replay's hot loop then sees one object shape, where mixed
 * shapes make its field reads megamorphic, about 3× slower at 50,000 events.
 */
export function toEvent(entry: EntryRecord): LedgerEvent {
  const needsConnects =
    entry.type === 'spend' || entry.type === 'purchase' || entry.type === 'adjust';
  return {
    date: entry.date,
    type: entry.type,
    connects: entry.connects ?? (needsConnects ? 0 : undefined),
    boost: entry.boost ?? undefined,
    usd: entry.usd ?? undefined,
    reason: entry.type === 'bonus' ? (entry.reason ?? 'other') : undefined,
    ref: entry.ref ?? (entry.type === 'refund' ? '' : undefined),
    note: entry.note ?? undefined,
    plan: entry.type === 'plan' ? (entry.plan ?? '') : undefined,
    kind: entry.type === 'spend' ? (entry.kind ?? undefined) : undefined,
  } as LedgerEvent;
}

export interface LedgerInput {
  input: ReplayInput;
  /** The entries in replay order: `input.events[i]` is `entries[i]`. */
  entries: EntryRecord[];
}

/** The replay input for events already in replay order (one per entry, as `toEvent` makes them). */
export function replayInput(
  account: AccountRecord,
  events: readonly LedgerEvent[],
  customEras: readonly CustomEraRecord[] = [],
  until?: string,
  catalogue: readonly Era[] = ERA_CATALOGUE,
): ReplayInput {
  const input: ReplayInput = {
    account: {
      plan: account.plan,
      cycleDay: account.cycleDay,
      start: account.start,
      startingBalance: account.startingBalance,
    },
    events,
    era: eraChoiceOf(account, customEras),
    catalogue,
  };
  if (until !== undefined) input.until = until;
  return input;
}

export function ledgerInput(
  account: AccountRecord,
  entries: readonly EntryRecord[],
  customEras: readonly CustomEraRecord[] = [],
  until?: string,
  catalogue: readonly Era[] = ERA_CATALOGUE,
): LedgerInput {
  const sorted = [...entries].sort(compareEntries);
  const input = replayInput(account, sorted.map(toEvent), customEras, until, catalogue);
  return { input, entries: sorted };
}
