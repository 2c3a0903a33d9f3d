/**
 * Outcome cells of a CSV row (outcomes.md §6): Earned, Tags, Hire rate, Payment verified.
 * A blank cell is "not noted" (undefined), never an error; anything else is read or refused
 * with a message the import shows at the row.
 */
import { MAX_TAG_LENGTH, MAX_TAGS } from '../engine/outcomes/types';
import { numberProblem } from './limits';
import { clean, fold } from './values';

export type CellReading<T> =
  | { ok: true; value: T | undefined }
  /** `overLimit`: read, but past the app's limit (limits.ts), which `message` names. */
  | { ok: false; message: string; overLimit?: true };

const EARNED =
  /^(?:US\s?)?\$?\s*(?:USD\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(?:USD|\$)?$/i;

/** `$1,200.00`, `1200`, `450.5`, `300 USD`: dollars earned, ≥ 0 and within the app's limit. */
export function readEarned(cell: string): CellReading<number> {
  const text = clean(cell);
  if (text === '') return { ok: true, value: undefined };
  const match = EARNED.exec(text);
  if (!match) return { ok: false, message: `"${text}" is not an amount of dollars` };
  const whole = (match[1] ?? '').replace(/,/g, '');
  const value = Number(match[2] === undefined ? whole : `${whole}.${match[2]}`);
  const tooLarge = numberProblem('earnedUsd', value);
  return tooLarge === null
    ? { ok: true, value }
    : { ok: false, message: tooLarge, overLimit: true };
}

const TAG_SEPARATORS = /[,;]/;

/** `python, scraping; data`: each tag trimmed, blanks and repeats dropped, 1–40 characters, at most 10. */
export function readTags(cell: string): CellReading<string[]> {
  const tags: string[] = [];
  for (const part of cell.split(TAG_SEPARATORS)) {
    const tag = clean(part);
    if (tag === '' || tags.includes(tag)) continue;
    if ([...tag].length > MAX_TAG_LENGTH) {
      return { ok: false, message: `tag "${tag}" is longer than ${MAX_TAG_LENGTH} characters` };
    }
    tags.push(tag);
  }
  if (tags.length > MAX_TAGS) {
    return { ok: false, message: `${tags.length} tags: at most ${MAX_TAGS}` };
  }
  return { ok: true, value: tags.length > 0 ? tags : undefined };
}

const PERCENT = /^(\d+(?:[.,]\d+)?)\s*%?$/;

/** `45%`, `45`, `100 %`: the client's hire rate, 0–100. */
export function readHireRate(cell: string): CellReading<number> {
  const text = clean(cell);
  if (text === '') return { ok: true, value: undefined };
  const match = PERCENT.exec(text);
  if (!match) return { ok: false, message: `"${text}" is not a hire rate (such as 45%)` };
  const value = Number((match[1] ?? '').replace(',', '.'));
  if (value > 100) return { ok: false, message: `${text} is not a hire rate: at most 100%` };
  return { ok: true, value };
}

const YES = new Set(['yes', 'y', 'true', 'verified']);
const NO = new Set(['no', 'n', 'false', 'unverified', 'not verified']);

/** `Yes`/`No`, `true`/`false` (any case); blank is unknown. */
export function readPaymentVerified(cell: string): CellReading<boolean> {
  const text = fold(cell);
  if (text === '') return { ok: true, value: undefined };
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, message: `"${clean(cell)}" is not Yes or No` };
}
