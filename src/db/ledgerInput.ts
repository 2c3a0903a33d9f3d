/** Turns what is stored into the engine's replay input, and replay results back into entry terms. */
import { ERA_CATALOGUE, type Era, type EraChoice } from '../engine/eras';
import type { ReplayInput } from '../engine/replay';
import type { LedgerEvent } from '../engine/types';
import type { AccountRecord, CustomEraRecord, EntryRecord } from './records';

export function eraChoiceOf(account: AccountRecord, customEras: readonly CustomEraRecord[]): EraChoice {
  const setting = account.era;
  if (setting.kind === 'auto') return 'auto';
  if (setting.kind === 'fixed') return setting.id;
  const custom = customEras.find((c) => c.id === setting.id);
  return custom ? custom.era : 'auto';
}

export function compareEntries(a: EntryRecord, b: EntryRecord): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order || (a.id ?? 0) - (b.id ?? 0);
}

/** An entry as the rules' event: the storage-only fields dropped. */
export function toEvent(entry: EntryRecord): LedgerEvent {
  const { date, type } = entry;
  switch (type) {
    case 'spend':
      return withOptional({ date, type, connects: entry.connects ?? 0 }, { boost: entry.boost, ref: entry.ref });
    case 'purchase':
      return withOptional({ date, type, connects: entry.connects ?? 0 }, { usd: entry.usd });
    case 'bonus':
      return withOptional({ date, type, reason: entry.reason ?? 'other' }, { connects: entry.connects });
    case 'refund':
      return withOptional({ date, type, ref: entry.ref ?? '' }, { connects: entry.connects });
    case 'adjust':
      return withOptional({ date, type, connects: entry.connects ?? 0 }, { note: entry.note });
    case 'plan':
      return { date, type, plan: entry.plan ?? '' };
  }
}

function withOptional<T extends object>(base: T, optional: Record<string, unknown>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(optional)) if (v !== undefined && v !== null) out[k] = v;
  return out as T;
}

export interface LedgerInput {
  input: ReplayInput;
  /** The entries in replay order: `input.events[i]` is `entries[i]`. */
  entries: EntryRecord[];
}

export function ledgerInput(
  account: AccountRecord,
  entries: readonly EntryRecord[],
  customEras: readonly CustomEraRecord[] = [],
  until?: string,
  catalogue: readonly Era[] = ERA_CATALOGUE,
): LedgerInput {
  const sorted = [...entries].sort(compareEntries);
  const input: ReplayInput = {
    account: {
      plan: account.plan,
      cycleDay: account.cycleDay,
      start: account.start,
      startingBalance: account.startingBalance,
    },
    events: sorted.map(toEvent),
    era: eraChoiceOf(account, customEras),
    catalogue,
  };
  if (until !== undefined) input.until = until;
  return { input, entries: sorted };
}
