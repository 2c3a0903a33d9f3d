/**
 * Which CSV column holds what: by header name first (a table, checked in order so that
 * "Connects balance" is the balance and "Job ID" the ref), then by the values for the
 * columns a ledger cannot do without. The user can override every field.
 */
import { matchAction } from './actions';
import { looksLikeDate } from './dateText';
import { OUTCOME_FIELDS, readsAs } from './outcomeRow';
import type { ColumnField, ColumnMapping } from './types';
import { looksLikeAmount } from './values';

/** The ledger's columns. */
export const LEDGER_FIELDS = [
  'date',
  'action',
  'details',
  'connects',
  'usd',
  'ref',
  'balance',
] as const satisfies readonly ColumnField[];

export const COLUMN_FIELDS: readonly ColumnField[] = [...LEDGER_FIELDS, ...OUTCOME_FIELDS];

const HEADER_RULES: readonly { field: ColumnField; pattern: RegExp }[] = [
  { field: 'balance', pattern: /\bbalance\b/ },
  // Outcome columns (outcomes.md §6) before the dollar column: "Earned ($)" is no price.
  { field: 'hireRate', pattern: /\bhir(e|ing) rate\b/ },
  { field: 'paymentVerified', pattern: /\bverified\b|\bpayment (method )?verification\b/ },
  { field: 'earned', pattern: /\b(earned|earnings?|revenue|income|contract value)\b/ },
  { field: 'status', pattern: /\b(status|outcome)\b/ },
  { field: 'stage', pattern: /\bstage\b/ },
  { field: 'result', pattern: /\bresults?\b/ },
  { field: 'tags', pattern: /\b(tags?|skills?)\b/ },
  { field: 'usd', pattern: /\b(usd|cost|price|dollars?|paid|fee|spent usd)\b|\$/ },
  { field: 'ref', pattern: /^(ref|reference|id|job id|proposal id|job ref|proposal ref)$/ },
  { field: 'date', pattern: /\b(date|day|when|time|timestamp)\b/ },
  {
    field: 'action',
    pattern: /\b(type|action|activity|event|kind|category|transaction|operation)\b/,
  },
  {
    field: 'details',
    pattern: /\b(details?|description|job|title|memo|notes?|comment|reason|item)\b/,
  },
  {
    field: 'connects',
    pattern: /\b(connects?|amount|change|qty|quantity|delta|credits?|points|value)\b/,
  },
];

const normalise = (header: string): string =>
  header
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/[^\p{L}\p{N}$ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function emptyMapping(): ColumnMapping {
  return {
    date: null,
    action: null,
    details: null,
    connects: null,
    usd: null,
    ref: null,
    balance: null,
    status: null,
    stage: null,
    result: null,
    earned: null,
    tags: null,
    hireRate: null,
    paymentVerified: null,
  };
}

/** Whether the mapping has any outcome column. */
export const hasOutcomeColumns = (mapping: ColumnMapping): boolean =>
  OUTCOME_FIELDS.some((f) => mapping[f] !== null);

export function mapByHeader(header: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  header.forEach((name, index) => {
    const text = normalise(name);
    if (text === '') return;
    const rule = HEADER_RULES.find((r) => mapping[r.field] === null && r.pattern.test(text));
    if (rule) mapping[rule.field] = index;
  });
  return mapping;
}

/** How many sample rows are enough to tell columns apart. */
const SAMPLE = 500;

/** Outcome columns of words: other tools' exports have a "Status" column of their own. */
const WORD_FIELDS = ['status', 'stage', 'result'] as const;

/**
 * Unmaps a Status, Stage or Result column found by its header where no value reads as one:
 * another tool's "Status" column ("Completed", "Pending") is not a proposal's, and mapping it
 * would make every row a problem. One known word is enough to keep it (its typos then show as
 * problems, line by line); the user can still map any column by hand.
 */
export function keepReadableOutcomeColumns(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
): void {
  for (const field of WORD_FIELDS) {
    const c = mapping[field];
    if (c === null) continue;
    let filled = false;
    let read = false;
    for (let i = 0; i < rows.length && i < SAMPLE && !read; i += 1) {
      const cell = (rows[i] as readonly string[])[c]?.trim() ?? '';
      if (cell === '') continue;
      filled = true;
      read = readsAs(field, cell);
    }
    if (filled && !read) mapping[field] = null;
  }
}

interface ColumnStats {
  filled: number;
  dates: number;
  amounts: number;
  signed: number;
  actions: number;
  distinct: Set<string>;
}

/** Fills the date, connects, action and details fields the header left empty, from the values. */
export function mapByValues(rows: readonly (readonly string[])[], mapping: ColumnMapping): void {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const stats: ColumnStats[] = Array.from({ length: width }, () => ({
    filled: 0,
    dates: 0,
    amounts: 0,
    signed: 0,
    actions: 0,
    distinct: new Set<string>(),
  }));
  for (const row of rows.slice(0, SAMPLE)) {
    row.forEach((raw, c) => {
      const cell = raw.trim();
      const s = stats[c];
      if (cell === '' || !s) return;
      s.filled += 1;
      s.distinct.add(cell);
      if (looksLikeDate(cell)) s.dates += 1;
      else if (looksLikeAmount(cell)) {
        s.amounts += 1;
        if (/^[+\-\u2212(]/.test(cell)) s.signed += 1;
      } else if (matchAction(cell)) s.actions += 1;
    });
  }
  const used = new Set(Object.values(mapping).filter((v): v is number => v !== null));
  const free = (share: (s: ColumnStats) => number, min: number): number[] =>
    stats
      .map((s, c) => ({ c, score: s.filled === 0 ? 0 : share(s) / s.filled }))
      .filter(({ c, score }) => !used.has(c) && score >= min)
      .sort((a, b) => b.score - a.score || a.c - b.c)
      .map(({ c }) => c);
  const take = (field: ColumnField, columns: number[]): void => {
    const c = columns[0];
    if (mapping[field] !== null || c === undefined) return;
    mapping[field] = c;
    used.add(c);
  };
  take(
    'date',
    free((s) => s.dates, 0.8),
  );
  // Of several number columns, the signed one is the change; a running balance never is.
  const numeric = free((s) => s.amounts, 0.8);
  const signed = numeric.filter((c) => (stats[c]?.signed ?? 0) > 0);
  take('connects', signed.length > 0 ? signed : numeric.length === 1 ? numeric : []);
  take(
    'action',
    free((s) => s.actions, 0.5),
  );
  take(
    'details',
    free((s) => s.filled - s.dates - s.amounts, 0.5).sort(
      (a, b) => (stats[b]?.distinct.size ?? 0) - (stats[a]?.distinct.size ?? 0) || a - b,
    ),
  );
}
