/**
 * Ledger events in the rules' shape (rules contract §4), with their fields always in one
 * order, so printed events read alike and compare equal whatever path made them.
 */
import type { LedgerEvent, SpendEvent } from '../engine/types';
import type { ImportedEvent } from './types';

/** Each type's fields after `date` and `type`, in the contract's order. */
export const EVENT_FIELDS = {
  spend: ['connects', 'boost', 'ref', 'kind', 'outcome'],
  purchase: ['connects', 'usd'],
  bonus: ['reason', 'connects'],
  refund: ['ref', 'connects'],
  adjust: ['connects', 'note'],
  plan: ['plan'],
} as const satisfies Record<LedgerEvent['type'], readonly string[]>;

/** A copy of the event with only its type's fields, in order; absent fields left out. */
export function canonicalEvent(event: LedgerEvent): LedgerEvent {
  const source = event as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { date: event.date, type: event.type };
  for (const field of EVENT_FIELDS[event.type]) {
    if (source[field] !== undefined) out[field] = source[field];
  }
  return out as unknown as LedgerEvent;
}

/**
 * The event with its file line, details and key, built as one object in the contract's field
 * order: a 100,000-row import makes one of these per row.
 */
export function withSource(
  event: LedgerEvent,
  line: number,
  details: string,
  key: string,
): ImportedEvent {
  const e = event as unknown as Record<string, unknown>;
  const { date } = event;
  switch (event.type) {
    case 'spend':
      if (e.kind !== undefined || e.outcome !== undefined) {
        return spendWithExtras(event, line, details, key);
      }
      if (e.boost === undefined && e.ref === undefined) {
        return { date, type: 'spend', connects: event.connects, line, details, key };
      }
      if (e.boost === undefined) {
        return {
          date,
          type: 'spend',
          connects: event.connects,
          ref: event.ref as string,
          line,
          details,
          key,
        };
      }
      if (e.ref === undefined) {
        return {
          date,
          type: 'spend',
          connects: event.connects,
          boost: event.boost as number,
          line,
          details,
          key,
        };
      }
      return {
        date,
        type: 'spend',
        connects: event.connects,
        boost: event.boost as number,
        ref: event.ref as string,
        line,
        details,
        key,
      };
    case 'bonus':
      if (event.connects === undefined) break;
      return {
        date,
        type: 'bonus',
        reason: event.reason,
        connects: event.connects,
        line,
        details,
        key,
      };
    case 'refund':
      if (event.connects === undefined) break;
      return { date, type: 'refund', ref: event.ref, connects: event.connects, line, details, key };
    default:
      break;
  }
  return { ...canonicalEvent(event), line, details, key };
}

/**
 * A spend with a kind or an outcome, its fields in the contract's order, added one by one: a
 * sheet of proposals gives every row an outcome, and spreading objects per row costs a 100,000-
 * row file most of a second.
 */
function spendWithExtras(
  event: SpendEvent,
  line: number,
  details: string,
  key: string,
): ImportedEvent {
  const out: Partial<SpendEvent> & Pick<SpendEvent, 'date' | 'type' | 'connects'> = {
    date: event.date,
    type: 'spend',
    connects: event.connects,
  };
  if (event.boost !== undefined) out.boost = event.boost;
  if (event.ref !== undefined) out.ref = event.ref;
  if (event.kind !== undefined) out.kind = event.kind;
  if (event.outcome !== undefined) out.outcome = event.outcome;
  const imported = out as ImportedEvent;
  imported.line = line;
  imported.details = details;
  imported.key = key;
  return imported;
}
