/**
 * An entry being typed: every field as text, checked as the user types. Errors are sentences
 * naming what to enter, shown next to the field.
 */
import type { NewEntry } from '../../commands';
import type { EntryRecord } from '../../read';
import { isIsoDate } from '../../engine/dates';
import { formatCount, parseWhole } from '../../engine/words';
import { BONUS_REASONS, type BonusReason, type EventType } from '../../engine/types';
import { NUMBER_LIMITS, TEXT_LIMITS, textProblem, type TextLimit } from '../../import/limits';
import type { Outcome } from '../../engine/outcomes/types';
import {
  checkJobDraft,
  emptyJobDraft,
  jobDraftFrom,
  jobOutcome,
  type JobDraft,
  type JobErrors,
} from '../shared/jobDraft';
import { isProposalKind, KIND_LABELS, type SpendKind } from '../shared/spendKinds';

export interface Draft {
  type: EventType;
  date: string;
  /** What a spend paid for. */
  kind: SpendKind;
  title: string;
  connects: string;
  boost: string;
  usd: string;
  reason: BonusReason | '';
  ref: string;
  note: string;
  plan: string;
  /** A proposal's tags and the job's signals (its outcome's, kept apart from the entry). */
  job: JobDraft;
}

export type DraftField = Exclude<keyof Draft, 'job'>;
export type DraftErrors = Partial<Record<DraftField, string>>;

/** Text fields' limits (the same as an import's and a restore's): the inputs' `maxLength`. */
export const MAX_LENGTH: Partial<Record<DraftField, number>> = {
  title: TEXT_LIMITS.details,
  note: TEXT_LIMITS.note,
};

/** The fields each type asks for, in form order (after type and date). */
export const FIELDS_BY_TYPE: Record<EventType, DraftField[]> = {
  spend: ['kind', 'title', 'connects', 'boost'],
  purchase: ['connects', 'usd'],
  bonus: ['reason', 'connects'],
  refund: ['ref', 'connects'],
  adjust: ['connects', 'note'],
  plan: ['plan'],
};

export function emptyDraft(type: EventType, date: string): Draft {
  return {
    type,
    date,
    kind: 'proposal',
    title: '',
    connects: '',
    boost: '',
    usd: '',
    reason: '',
    ref: '',
    note: '',
    plan: '',
    job: emptyJobDraft(),
  };
}

const text = (n: number | null | undefined): string =>
  n === undefined || n === null ? '' : String(n);

/** The entry as the form shows it; a proposal with its stored tags and signals. */
export function draftFromEntry(entry: EntryRecord, outcome?: Outcome | null): Draft {
  return {
    type: entry.type,
    date: entry.date,
    kind: entry.kind ?? 'proposal',
    title: entry.type === 'spend' ? entry.details || entry.ref || '' : '',
    connects: text(entry.connects),
    boost: entry.boost ? String(entry.boost) : '',
    usd: text(entry.usd),
    reason: entry.reason ?? '',
    ref: entry.type === 'refund' ? (entry.ref ?? '') : '',
    note: entry.note ?? '',
    plan: entry.plan ?? '',
    job: jobDraftFrom(outcome?.tags, outcome?.signals),
  };
}

/** A whole number typed by a person: spaces trimmed, "+5", "−5" (a real minus) accepted. */

const MAX_CONNECTS = NUMBER_LIMITS.connects;

function wholeError(raw: string, min: number, what: string): string | null {
  const n = parseWhole(raw);
  if (raw.trim() === '') return `Enter ${what}.`;
  if (n === null) return `${capital(what)} must be a whole number.`;
  if (n < min) return `${capital(what)} must be ${formatCount(min)} or more.`;
  if (n > MAX_CONNECTS) return `${capital(what)} must be at most ${formatCount(MAX_CONNECTS)}.`;
  return null;
}

function lengthError(limit: TextLimit, value: string): string | null {
  return textProblem(limit, value) === null
    ? null
    : `At most ${formatCount(TEXT_LIMITS[limit])} characters.`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface DraftCheck {
  errors: DraftErrors;
  /** A proposal's tags and signals, each problem at its field. */
  jobErrors: JobErrors;
  /** The entry to store, when there are no errors. */
  entry: NewEntry | null;
  /**
   * A proposal's tags and signals as outcome fields (null: none, or not a proposal). Valid
   * ones even beside errors, for the check shown as they are typed.
   */
  job: Outcome | null;
}

export function checkDraft(d: Draft): DraftCheck {
  const errors: DraftErrors = {};
  if (d.date.trim() === '') errors.date = 'Enter the date.';
  else if (!isIsoDate(d.date)) errors.date = 'Enter a real date (YYYY-MM-DD).';
  const set = (field: DraftField, message: string | null): void => {
    if (message) errors[field] = message;
  };
  const optional = (field: DraftField, min: number, what: string): void => {
    if (d[field].trim() !== '') set(field, wholeError(d[field], min, what));
  };

  switch (d.type) {
    case 'spend':
      if (d.title.trim() === '') {
        if (isProposalKind(d.kind)) errors.title = 'Enter the job title or a reference.';
      } else set('title', lengthError('details', d.title.trim()));
      set('connects', wholeError(d.connects, 0, 'the Connects spent'));
      if (isProposalKind(d.kind)) optional('boost', 0, 'the boost');
      break;
    case 'purchase':
      set('connects', wholeError(d.connects, 1, 'the Connects bought'));
      if (d.usd.trim() !== '') {
        const usd = Number(d.usd.trim());
        if (!/^\d+(\.\d{1,2})?$/.test(d.usd.trim()) || !Number.isFinite(usd)) {
          errors.usd = 'The price must be an amount in dollars, such as 6 or 5.99.';
        } else if (usd > NUMBER_LIMITS.usd) {
          errors.usd = `The price must be at most $${formatCount(NUMBER_LIMITS.usd)}.`;
        }
      }
      break;
    case 'bonus':
      if (!(BONUS_REASONS as readonly string[]).includes(d.reason))
        errors.reason = 'Pick the reason.';
      if (d.reason === 'interview') optional('connects', 1, 'the Connects received');
      else set('connects', wholeError(d.connects, 1, 'the Connects received'));
      break;
    case 'refund':
      if (d.ref === '') errors.ref = 'Pick the proposal this refund is for.';
      else set('ref', lengthError('ref', d.ref));
      optional('connects', 1, 'the Connects returned');
      break;
    case 'adjust': {
      const err = wholeError(d.connects, -MAX_CONNECTS, 'the change in Connects');
      if (err) errors.connects = err;
      else if (parseWhole(d.connects) === 0) errors.connects = 'The change must not be 0.';
      set('note', lengthError('note', d.note.trim()));
      break;
    }
    case 'plan':
      if (d.plan === '') errors.plan = 'Pick the new plan.';
      break;
  }
  let jobErrors: JobErrors = {};
  let job: Outcome | null = null;
  if (d.type === 'spend' && isProposalKind(d.kind)) {
    const checked = checkJobDraft(d.job);
    jobErrors = checked.errors;
    job = jobOutcome(checked.tags, checked.signals);
  }
  if (Object.keys(errors).length > 0 || Object.keys(jobErrors).length > 0)
    return { errors, jobErrors, entry: null, job };
  return { errors, jobErrors, entry: toEntry(d), job };
}

function toEntry(d: Draft): NewEntry {
  const whole = (raw: string): number | undefined =>
    raw.trim() === '' ? undefined : (parseWhole(raw) ?? undefined);
  const base = { date: d.date, type: d.type };
  switch (d.type) {
    case 'spend': {
      // Another kind of spend may go untitled: it reads as what it paid for.
      const title = d.title.trim() || KIND_LABELS[d.kind];
      const boost = isProposalKind(d.kind) ? whole(d.boost) : undefined;
      return {
        ...base,
        connects: whole(d.connects),
        ...(boost ? { boost } : {}),
        ...(isProposalKind(d.kind) ? {} : { kind: d.kind }),
        ref: title,
        details: title,
      };
    }
    case 'purchase':
      return {
        ...base,
        connects: whole(d.connects),
        ...(d.usd.trim() ? { usd: Number(d.usd) } : {}),
      };
    case 'bonus':
      return { ...base, reason: d.reason as BonusReason, ...opt('connects', whole(d.connects)) };
    case 'refund':
      return { ...base, ref: d.ref, ...opt('connects', whole(d.connects)) };
    case 'adjust':
      return {
        ...base,
        connects: whole(d.connects),
        ...(d.note.trim() ? { note: d.note.trim() } : {}),
      };
    case 'plan':
      return { ...base, plan: d.plan };
  }
}

function opt<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

/** JSON with every object's keys in order, so two equal outcomes read the same. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
const sameJson = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/**
 * What an edit does to the stored outcome, for `editEntry`'s third argument: undefined leaves it
 * alone, null clears it, an outcome replaces it. A proposal keeps how it went (stage, result,
 * earnings) and takes the form's tags and signals; a decision is never dated before the
 * proposal, so moving the proposal later moves it too; another kind of spend keeps none.
 */
export function outcomeAfterEdit(
  stored: Outcome | null | undefined,
  entry: NewEntry,
  job: Outcome | null,
): Outcome | null | undefined {
  if (entry.type !== 'spend') return undefined; // the entry's edit drops it
  if (!isProposalKind(entry.kind)) return stored ? null : undefined;
  const next: Outcome = { ...(stored ?? {}) };
  delete next.tags;
  delete next.signals;
  if (next.decidedOn !== undefined && next.decidedOn < entry.date) next.decidedOn = entry.date;
  Object.assign(next, job ?? {});
  if (Object.keys(next).length === 0) return stored ? null : undefined;
  return sameJson(next, stored ?? {}) ? undefined : next;
}
