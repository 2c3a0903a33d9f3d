/**
 * A backup (backup.ts) as the rules' replay input, for commands that read a backup file the
 * way the app reads its ledger: entries in replay order (date, then their order within the
 * date), storage-only fields dropped, the account's era resolved.
 */
import { ERA_CATALOGUE, eraResolver, findEra, type Era, type EraChoice } from '../engine/eras';
import { parseIsoDate } from '../engine/dates';
import type { ReplayInput } from '../engine/replay';
import type { AnyEvent } from '../engine/types';
import type { Backup } from './backup';
import { ParseError } from './errors';

/** Fields that are the app's bookkeeping, not the event's. */
const STORAGE_FIELDS = new Set(['details', 'order', 'batchId', 'key', 'id']);

type Entry = Backup['entries'][number];

function compare(a: Entry, b: Entry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.order - b.order || (a.id ?? 0) - (b.id ?? 0);
}

function eraChoice(backup: Backup): EraChoice {
  const era = backup.account.era;
  if (typeof era !== 'string') return era as Era;
  if (era === 'auto' || findEra(era)) return era;
  const custom = backup.customEras.find((e) => e.id === era);
  if (custom) return custom as Era;
  throw new ParseError(
    `account.era: unknown era "${era}" (known: auto, ${ERA_CATALOGUE.map((e) => e.id).join(', ')})`,
    'account.era',
  );
}

/** Throws ParseError naming the field when the account's era or plan is unknown. */
export function backupReplayInput(backup: Backup): ReplayInput {
  const era = eraChoice(backup);
  const { plan, cycleDay, start, startingBalance } = backup.account;
  const first = eraResolver(era)(parseIsoDate(start) as number);
  if (!first.plans[plan]) {
    throw new ParseError(
      `account.plan: unknown plan "${plan}" in era ${first.id} (known: ${Object.keys(first.plans).join(', ')})`,
      'account.plan',
    );
  }
  const events = [...backup.entries].sort(compare).map((entry) => {
    const event: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(entry)) {
      if (!STORAGE_FIELDS.has(field) && value !== undefined) event[field] = value;
    }
    return event as AnyEvent;
  });
  return { account: { plan, cycleDay, start, startingBalance }, events, era };
}
