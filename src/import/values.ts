/**
 * Cell values: signed Connects amounts as the platform and spreadsheets write them, dollar
 * amounts, and the text normalisation keys and matching rely on. Patterns are compiled once:
 * they run on every row of a 100,000-row file.
 */

import { NUMBER_LIMITS } from './limits';

/** More Connects than anyone moves in one row: a typo, or a column mapped wrongly. */
export const MAX_ROW_CONNECTS = NUMBER_LIMITS.connects;

export type Amount = { ok: true; value: number; signed: boolean } | { ok: false; message: string };

// Signs: ASCII, Unicode minus (U+2212), en and em dashes; then digits with optional
// thousands separators or a decimal part, then an optional unit.
const AMOUNT =
  /^([+\-\u2212\u2013\u2014])?\s*(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?)\s*(?:connects?)?$/i;
const PARENS = /^\((.*)\)$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

/** `+8`, `-16`, `−16`, `16 Connects`, `(16)`, `1,200`. */
export function parseAmount(raw: string): Amount {
  let text = raw.trim();
  let negative = false;
  const parens = PARENS.exec(text);
  if (parens) {
    text = (parens[1] ?? '').trim();
    negative = true;
  }
  const match = AMOUNT.exec(text);
  if (!match) return { ok: false, message: `"${raw.trim()}" is not an amount of Connects` };
  const sign = match[1];
  const digits = match[2] ?? '';
  const value = Number(
    THOUSANDS.test(digits) ? digits.replace(/,/g, '') : digits.replace(',', '.'),
  );
  if (!Number.isInteger(value)) {
    return { ok: false, message: `${raw.trim()} is not a whole number of Connects` };
  }
  if (value > MAX_ROW_CONNECTS) {
    return {
      ok: false,
      message: `${raw.trim()} Connects in one row is not believable (more than ${MAX_ROW_CONNECTS.toLocaleString('en-US')})`,
    };
  }
  if (sign !== undefined && sign !== '+') negative = !negative;
  const signed = sign !== undefined || parens !== null;
  return { ok: true, value: negative && value !== 0 ? -value : value, signed };
}

export function looksLikeAmount(raw: string): boolean {
  const text = raw.trim();
  return AMOUNT.test(text) || PARENS.test(text);
}

const USD = /^(?:US)?\$?\s*(\d+(?:[.,]\d{1,2})?)\s*(?:USD|\$)?$/i;
const USD_IN_TEXT = /\$\s?(\d+(?:\.\d{1,2})?)/;

/** A dollar amount such as `12.00`, `$12`, `12,00 USD`; null when the cell is not one. */
export function parseUsd(raw: string): number | null {
  const match = USD.exec(raw.trim());
  if (!match) return null;
  return Number((match[1] ?? '').replace(',', '.'));
}

/** The first `$12.00` in a details text ("Purchased 80 Connects for $12.00"). */
export function usdInText(text: string): number | undefined {
  const match = USD_IN_TEXT.exec(text);
  return match ? Number(match[1]) : undefined;
}

const SPACES = /\s+/g;
/** Whitespace `clean` would change: at either end, doubled, or other than a plain space. */
const UNCLEAN = /^\s|\s$|\s\s|[^\S ]/;

/** Trimmed, inner whitespace collapsed: what the user sees, and what refs are made of. */
export function clean(text: string): string {
  // Most cells are clean already: testing allocates nothing, replacing does.
  return UNCLEAN.test(text) ? text.replace(SPACES, ' ').trim() : text;
}

/** For matching and keys: `clean` and lower case. */
export function fold(text: string): string {
  return clean(text).toLowerCase();
}
