/**
 * How long a text and how large a number may be, for every field the app stores or reads: one
 * table used alike by the import parsers, the backup restore and the forms, so that whatever
 * one path accepts the others accept too (a typed entry can be backed up and restored; a
 * restored one can be edited). The figures are far above anything real — a job title is under
 * 100 characters, a month's Connects under 1,000 — and low enough that no file can make a page
 * slow to draw: a 42-million-character details text once took the ledger 15 s to draw.
 */
import { MAX_TAG_LENGTH, MAX_TAGS } from '../engine/outcomes/types';

/** Most characters a text may hold. */
export const TEXT_LIMITS = {
  /** An entry's details: the job title or other text the platform shows with a row. */
  details: 500,
  /** A proposal's job reference, or the proposal a refund names. */
  ref: 500,
  /** A correction's note. */
  note: 500,
  /** An import row's action text ("Applied to job"). */
  action: 200,
  /** One tag of a proposal's outcome. */
  tag: MAX_TAG_LENGTH,
  /** A custom era's id. */
  eraId: 64,
  /** A custom era's name. */
  eraName: 100,
  /** A custom era's source notes (`source`, each of `sources` and `assumed`). */
  eraText: 500,
  /** A plan's id (`freelancer-plus`): the account's, a plan change's, an era's plans. */
  planId: 64,
  /** The name of an imported file, as kept with the import. */
  fileName: 255,
  /** The format an import was read as. */
  format: 32,
  /** One cell of a CSV file's header row. */
  headerCell: 200,
  /** An imported row's identity, as stored with its entry. */
  key: 2000,
  /** The name of a remembered preference. */
  kvKey: 1000,
  /** A remembered preference's value, as JSON. */
  kvValue: 10_000,
  /** A date and time such as `2026-11-14T09:30:00.000Z`. */
  timestamp: 64,
  /** A field name in a backup. */
  fieldName: 200,
  /** Any other text in a backup (fields a later version of the app may add). */
  anyText: 10_000,
} as const;

/** Most tags one proposal may carry (each at most `TEXT_LIMITS.tag` characters): the contract's. */
export { MAX_TAGS };

/** Largest number a field may hold (and, for signed fields, the most negative is its negation). */
export const NUMBER_LIMITS = {
  /** One entry's Connects (and its boost; a correction either way): also one row of a file. */
  connects: 10_000,
  /** One purchase's price in US dollars. */
  usd: 10_000,
  /** The account's starting balance, or the balance a page or a CSV row reports. */
  balance: 100_000,
  /** A custom era's Connects figures: allotment, caps, maximum balance, bundle sizes, bonus. */
  eraConnects: 100_000,
  /** A custom era's dollar figures: monthly fee, price per Connect. */
  eraUsd: 10_000,
  /** How many entries one import wrote. */
  rowCount: 10_000_000,
  /** What one hire paid, in US dollars (a proposal's outcome). */
  earnedUsd: 10_000_000,
  /** What a client has spent on the platform, in US dollars (a job's signal). */
  clientSpentUsd: 1_000_000_000,
  /** A job's day counts and the freelancers its client is interviewing (its signals). */
  jobCount: 100_000,
} as const;

/** A CSV or copied page with more cells in a row is refused as a whole (not a history). */
export const MAX_COLUMNS = 1000;
/** A file with a longer line is refused as a whole: no row of a history comes near it. */
export const MAX_LINE_CHARS = 1024 * 1024;
/** A backup nested deeper than this is refused (the app's own nest about 5 levels). */
export const MAX_BACKUP_DEPTH = 32;

export type TextLimit = keyof typeof TEXT_LIMITS;
export type NumberLimit = keyof typeof NUMBER_LIMITS;

const figure = (n: number): string => n.toLocaleString('en-US');

/** "too long: at most 500 characters" when the text is over its limit, else null. */
export function textProblem(limit: TextLimit, value: string): string | null {
  const max = TEXT_LIMITS[limit];
  return value.length > max ? `too long: at most ${figure(max)} characters` : null;
}

/**
 * "too large: at most 10,000" when the number is over its limit, else null. A signed field
 * (a correction) may go as far below 0 as above it. Not-a-number is left to the field's own
 * check (it says what the field expects).
 */
export function numberProblem(limit: NumberLimit, value: number, signed = false): string | null {
  const max = NUMBER_LIMITS[limit];
  if (value > max) return `too large: at most ${figure(max)}`;
  if (signed && value < -max) return `too small: at least −${figure(max)}`;
  return null;
}

/**
 * The one checker: what is wrong with `value` for a field with this limit, prefixed with the
 * field's name (`entries[0].details: too long: at most 500 characters`), or null. Values of
 * another type are not its business: the field's own schema reports those.
 */
export function checkLimit(
  name: string,
  limit: TextLimit | NumberLimit,
  value: unknown,
  signed = false,
): string | null {
  let problem: string | null = null;
  if (typeof value === 'string' && limit in TEXT_LIMITS) {
    problem = textProblem(limit as TextLimit, value);
  } else if (typeof value === 'number' && limit in NUMBER_LIMITS) {
    problem = numberProblem(limit as NumberLimit, value, signed);
  }
  return problem === null ? null : name === '' ? problem : `${name}: ${problem}`;
}

/** Which limit each of a plan's rules has, in a custom era. */
export const ERA_PLAN_LIMITS = {
  monthlyFeeUsd: 'eraUsd',
  allotment: 'eraConnects',
  rolloverCap: 'eraConnects',
  maxBalance: 'eraConnects',
  pricePerConnectUsd: 'eraUsd',
  bundles: 'eraConnects',
} as const satisfies Record<string, NumberLimit>;

/** Which limit each of an entry's fields has: the same for a file's row, a form and a backup. */
export const ENTRY_LIMITS = {
  details: 'details',
  ref: 'ref',
  note: 'note',
  plan: 'planId',
  key: 'key',
  connects: 'connects',
  boost: 'connects',
  usd: 'usd',
} as const satisfies Record<string, TextLimit | NumberLimit>;

/**
 * Which limit each of an outcome's numbers has, by its path in the outcome: the contract asks
 * only that they are not negative; these keep a file or a backup from storing 1e308.
 */
export const OUTCOME_LIMITS = {
  earnedUsd: 'earnedUsd',
  'signals.clientSpentUsd': 'clientSpentUsd',
  'signals.postedDays': 'jobCount',
  'signals.lastViewedDays': 'jobCount',
  'signals.interviewing': 'jobCount',
} as const satisfies Record<string, NumberLimit>;

/** OUTCOME_LIMITS with each path split once: a restore checks every entry. */
const OUTCOME_LIMIT_PATHS = Object.entries(OUTCOME_LIMITS).map(([path, limit]) => ({
  path,
  keys: path.split('.'),
  limit,
}));

/**
 * The first of an outcome's numbers over its limit: its path in the outcome and the message
 * (`earnedUsd: too large: at most 10,000,000`), or null. What is not a number is the schema's.
 */
export function outcomeLimitProblem(outcome: unknown): { path: string; message: string } | null {
  if (typeof outcome !== 'object' || outcome === null) return null;
  for (const { path, keys, limit } of OUTCOME_LIMIT_PATHS) {
    const value = keys.reduce<unknown>(
      (at, key) =>
        typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined,
      outcome,
    );
    const message = checkLimit(path, limit, value);
    if (message !== null) return { path, message };
  }
  return null;
}
