/**
 * What confirming an import would write, worked out from the parse and the user's choices:
 * the rows in storage order (each marked new or already stored), the account, and the
 * reconciliation of the resulting ledger against the file. Pure: the preview re-derives it
 * on every choice, and tests call it directly.
 */
import { cycleStartOf, formatDay, parseIsoDate } from '../../engine/dates';
import type { EraChoice } from '../../engine/eras';
import type { AdjustEvent } from '../../engine/types';
import { markStored, type StoredIndex } from '../../import/identity';
import { reconcile, type Reconciliation } from '../../import/reconcile';
import type { ImportedEvent, ParseResult } from '../../import/types';
import { compareEntries, eraChoiceOf, toEvent } from '../../read';
import type { AccountRecord, CustomEraRecord, EntryRecord, EraSetting } from '../../read';
import { localIsoDate } from '../../engine/dates';
import { pickedEvents, type ProblemDecision } from './problemRow';

export interface StoredLedger {
  account: AccountRecord | null;
  entries: readonly EntryRecord[];
  customEras: readonly CustomEraRecord[];
}

export interface ImportChoices {
  decisions: ReadonlyMap<number, ProblemDecision>;
  /** Differences the user chose to record, as `adjust` events. */
  corrections: readonly AdjustEvent[];
  /** The starting balance to write; null keeps the stored one (or, for a new account, the one found). */
  startingBalance: number | null;
  /** An earlier account start for a stored account (the file reaches back before it); null keeps it. */
  start: string | null;
}

export const NO_CHOICES: ImportChoices = {
  decisions: new Map(),
  corrections: [],
  startingBalance: null,
  start: null,
};

export type RowOrigin = 'file' | 'picked' | 'fix';

export interface PlannedRow {
  event: ImportedEvent;
  origin: RowOrigin;
  /** Already in the ledger (identity.ts: by its content, whatever format it came in): confirming skips it. */
  stored: boolean;
}

export interface ImportPlan {
  rows: PlannedRow[];
  fresh: number;
  stored: number;
  /** The account the ledger will have: the stored one (maybe with a new starting balance) or a new one. */
  account: AccountRecord;
  isNewAccount: boolean;
  /** Whether confirming writes the account (a new one, a changed starting balance or start). */
  writesAccount: boolean;
  /**
   * For a stored account the file reaches back before: the cycle start that would take in the
   * file's first row, and how many of its rows the rules refuse as before the start. Else null.
   */
  earlierStart: { start: string; rows: number } | null;
  era: EraChoice;
  reconciliation: Reconciliation;
  /** Why the rules could not replay the ledger (an unknown plan, say); null when they could. */
  reconcileError: string | null;
  /** The replay of the ledger after the import, as the rules' input: for the balance fix. */
  mergedEvents: ImportedEvent[];
  /** The file's first and last dates (its rows and the platform's). */
  span: { first: string; last: string } | null;
  /** Problems with no decision yet: confirming waits for them. */
  undecided: number;
}

function eraSettingOf(era: EraChoice): EraSetting {
  if (era === 'auto' || typeof era !== 'string') return { kind: 'auto' };
  return { kind: 'fixed', id: era };
}

/** Platform-row fixes go before a date's rows (a grant comes at the cycle start); the balance fix last. */
function rank(row: PlannedRow): number {
  if (row.origin !== 'fix') return 1;
  return row.event.type === 'adjust' && isBalanceFix(row.event) ? 2 : 0;
}

function byDate(a: PlannedRow, b: PlannedRow): number {
  return a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : rank(a) - rank(b);
}

/** A recorded fix as a row to store; line 0: it comes from no line of the file. */
export function correctionEvent(fix: AdjustEvent): ImportedEvent {
  return {
    ...fix,
    line: 0,
    details: fix.note ?? 'Correction',
    key: `fix|${fix.date}|${fix.connects}|${fix.note ?? ''}|1`,
  };
}

export const sameFix = (a: AdjustEvent, b: AdjustEvent): boolean =>
  a.date === b.date && a.connects === b.connects && a.note === b.note;

function fileSpan(parse: ParseResult, extra: readonly ImportedEvent[]): ImportPlan['span'] {
  const dates = [
    parse.events[0]?.date,
    parse.events.at(-1)?.date,
    parse.platformRows[0]?.date,
    parse.platformRows.at(-1)?.date,
    ...extra.map((e) => e.date),
  ].filter((d): d is string => d !== undefined);
  if (dates.length === 0) return null;
  dates.sort();
  return { first: dates[0] as string, last: dates.at(-1) as string };
}

/** Stored entries and new rows in replay order: a date's stored entries first. */
function mergeWithLedger(
  entries: readonly EntryRecord[],
  fresh: readonly ImportedEvent[],
): ImportedEvent[] {
  const stored = [...entries].sort(compareEntries).map((e): ImportedEvent => ({
    ...toEvent(e),
    line: 0,
    details: e.details ?? '',
    key: e.key ?? '',
  }));
  const out: ImportedEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < stored.length || j < fresh.length) {
    const a = stored[i];
    const b = fresh[j];
    if (a && (!b || a.date <= b.date)) {
      out.push(a);
      i += 1;
    } else if (b) {
      out.push(b);
      j += 1;
    }
  }
  return out;
}

export function planImport(
  parse: ParseResult,
  choices: ImportChoices,
  ledger: StoredLedger,
  /** The ledger's entries by identity (`indexStored(ledger.entries)`), made once per ledger. */
  storedIndex: StoredIndex,
  now: Date = new Date(),
): ImportPlan {
  const picked = pickedEvents(parse, choices.decisions);
  const rows: PlannedRow[] = [
    ...parse.events.map((event): PlannedRow => ({ event, origin: 'file', stored: false })),
    ...picked.map((event): PlannedRow => ({ event, origin: 'picked', stored: false })),
    ...choices.corrections.map((fix): PlannedRow => ({
      event: correctionEvent(fix),
      origin: 'fix',
      stored: false,
    })),
  ];
  if (picked.length > 0 || choices.corrections.length > 0) rows.sort(byDate);
  const stored = markStored(
    rows.map((r) => r.event),
    storedIndex,
  );
  rows.forEach((row, i) => {
    row.stored = stored[i] === true;
  });

  const span = fileSpan(parse, picked);
  const existing = ledger.account;
  const era: EraChoice = existing
    ? eraChoiceOf(existing, ledger.customEras)
    : (parse.account?.era ?? 'auto');
  let account: AccountRecord;
  if (existing) {
    account = {
      ...existing,
      startingBalance: choices.startingBalance ?? existing.startingBalance,
      start: choices.start ?? existing.start,
    };
  } else {
    const cycleDay = parse.account?.cycleDay ?? 1;
    const first = parseIsoDate(span?.first ?? localIsoDate(now)) as number;
    account = {
      id: 'account',
      plan: parse.account?.plan ?? 'freelancer-basic',
      cycleDay,
      start: formatDay(cycleStartOf(first, cycleDay)),
      startingBalance: choices.startingBalance ?? parse.startingBalance ?? 0,
      era: eraSettingOf(era),
      createdAt: now.toISOString(),
    };
  }
  const fresh = rows.filter((r) => !r.stored).map((r) => r.event);
  const mergedEvents = mergeWithLedger(ledger.entries, fresh);
  let reconciliation: Reconciliation;
  let reconcileError: string | null = null;
  try {
    reconciliation = reconcile({ ...parse, events: mergedEvents }, { ...account, era });
  } catch (error) {
    reconcileError = error instanceof Error ? error.message : String(error);
    reconciliation = {
      rows: [],
      missing: [],
      corrections: [],
      balance: { asOf: null, replayed: account.startingBalance, reported: null, difference: null },
      rejected: [],
    };
  }
  if (span) {
    // The stored ledger may reach beyond the file: only the file's own dates are checked here.
    reconciliation.missing = reconciliation.missing.filter(
      (m) => m.date >= span.first && m.date <= span.last,
    );
    reconciliation.corrections = reconciliation.corrections.filter(
      (c) => c.date >= span.first && c.date <= span.last,
    );
  }
  reconciliation.rejected = reconciliation.rejected.filter((r) => r.line > 0);
  const early = reconciliation.rejected.filter((r) => r.code === 'before-start').length;
  const earlierStart =
    existing && span && early > 0
      ? {
          start: formatDay(cycleStartOf(parseIsoDate(span.first) as number, account.cycleDay)),
          rows: early,
        }
      : null;
  const undecided = parse.problems.filter((p) => !choices.decisions.has(p.line)).length;
  return {
    rows,
    fresh: fresh.length,
    stored: rows.length - fresh.length,
    account,
    isNewAccount: existing === null,
    writesAccount:
      existing === null ||
      account.startingBalance !== existing.startingBalance ||
      account.start !== existing.start,
    earlierStart,
    era,
    reconciliation,
    reconcileError,
    mergedEvents,
    span,
    undecided,
  };
}

export const BALANCE_NOTE = 'Difference between the reported balance and the rules';

export function isBalanceFix(fix: AdjustEvent): boolean {
  return fix.note?.startsWith(BALANCE_NOTE) ?? false;
}
