/**
 * What the history parsers produce (shared/spec/import.md). Pure data: the
 * import page previews it, the database stores the events, and
 * `npm run parse-history` prints it.
 */
import type { EraChoice } from '../engine/eras';
import type { Outcome } from '../engine/outcomes/types';
import type { LedgerEvent } from '../engine/types';
import type { OutcomeField } from './outcomeRow';

/**
 * `outcomes`: a CSV with dates, details and outcome columns but no Connects (outcomes.md §6):
 * it adds no entry, its rows update the outcomes of proposals already stored.
 */
export type HistoryFormat = 'copied-rows' | 'copied-blocks' | 'csv' | 'app-csv' | 'outcomes';

/** One ledger event read from a file, in the rules' event shape. */
export type ImportedEvent = LedgerEvent & {
  /** 1-based line of the file the event was read from (its first line for a block). */
  line: number;
  /** The row's details text as the platform shows it (job title, bonus reason, …). */
  details: string;
  /**
   * Identifies the row across imports: the same row in the same or an overlapping file gets
   * the same key; identical rows within one file get different keys (their occurrence number).
   */
  key: string;
};

/** Rows the platform makes by its own rules: reconciled against the replay, never stored. */
export interface PlatformRow {
  line: number;
  date: string;
  kind: 'monthly' | 'expired' | 'rollover';
  /** Signed, as the file shows it (an unsigned amount gets the sign its kind implies). */
  connects: number;
  details: string;
}

export interface ParseProblem {
  line: number;
  message: string;
  /** The raw text of the row, so the user can pick its type or skip it. */
  text?: string;
}

export type DateOrder = 'mdy' | 'dmy' | 'ymd';

/** How numeric dates (03/04/2026) were read. */
export interface DateOrderInfo {
  /** The only order every numeric date fits; null when none or several fit, or no numeric dates. */
  detected: DateOrder | null;
  /** True when several orders fit every numeric date: the user should choose. */
  ambiguous: boolean;
  /** The order applied: the option, else `detected`, else month first (the platform's). */
  used: DateOrder | null;
}

export type ColumnField =
  'date' | 'action' | 'details' | 'connects' | 'usd' | 'ref' | 'balance' | OutcomeField;

/** CSV column index (0-based) for each field, or null when the file has none. */
export type ColumnMapping = Record<ColumnField, number | null>;

/** The account the starting balance was found for; `source` says where plan and cycle day came from. */
export interface InferredAccount {
  plan: string;
  cycleDay: number;
  /** The billing-cycle start on or before the first row. */
  start: string;
  era: EraChoice;
  source: 'platform-rows' | 'options' | 'default';
}

/** A row of an outcomes file: the proposal it names, and what became of it. */
export interface OutcomeRow {
  line: number;
  date: string;
  /** Cleaned; the job's title as the file writes it (maybe with a `#123` suffix). */
  details: string;
  /** The file's job reference, when it has a column for it. */
  ref?: string;
  /** Undefined when every outcome cell of the row is blank. */
  outcome: Outcome | undefined;
}

export interface ParseResult {
  format: HistoryFormat;
  /** Oldest first, in the order the platform applied them. */
  events: ImportedEvent[];
  platformRows: PlatformRow[];
  reportedBalance: number | null;
  /**
   * `account.startingBalance` for `account` below that makes the replay end at the reported
   * balance with no event rejected for want of Connects; null without a reported balance or
   * when no such balance exists.
   */
  startingBalance: number | null;
  problems: ParseProblem[];
  /**
   * Notes that need no action (a boost with no proposal that day, a refund for an earlier job,
   * a reported balance no starting balance reaches); line 0 is about the whole file.
   */
  warnings: ParseProblem[];
  /** Null when the file has no dated rows. */
  account: InferredAccount | null;
  dateOrder: DateOrderInfo;
  /** Whether the file listed rows newest first (the platform's order). */
  newestFirst: boolean;
  /** CSV only: the delimiter, whether the first row was a header, the header, and the mapping used. */
  csv: CsvInfo | null;
  /** An outcomes file's rows (format `outcomes`), in the file's order; absent otherwise. */
  outcomeRows?: OutcomeRow[];
}

export interface CsvInfo {
  delimiter: string;
  hasHeader: boolean;
  header: string[];
  columns: ColumnMapping;
}

export interface ParseOptions {
  /** Skip detection. */
  format?: HistoryFormat;
  /** Reading of numeric dates where day and month are ambiguous. */
  dateOrder?: DateOrder;
  /** CSV: override the detected mapping, field by field (null = the file has no such column). */
  columns?: Partial<ColumnMapping>;
  /** CSV: override the detected delimiter. */
  delimiter?: ',' | ';' | '\t';
  /** CSV: whether the first row is a header (default: detected). */
  hasHeader?: boolean;
  /** Account used to find the starting balance; defaults come from the Monthly Connects rows. */
  plan?: string;
  cycleDay?: number;
  era?: EraChoice;
}
