/**
 * What the history parsers produce (shared/spec/import.md). Pure data: the
 * import page previews it, the database stores the events, and
 * `npm run parse-history` prints it.
 */
import type { LedgerEvent } from '../engine/types';

export type HistoryFormat = 'copied-rows' | 'copied-blocks' | 'csv' | 'app-csv';

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
  /** Signed, as the file shows it. */
  connects: number;
  details: string;
}

export interface ParseProblem {
  line: number;
  message: string;
  /** The raw text of the row, so the user can pick its type or skip it. */
  text?: string;
}

export interface ParseResult {
  format: HistoryFormat;
  /** Oldest first, in the order the platform applied them. */
  events: ImportedEvent[];
  platformRows: PlatformRow[];
  reportedBalance: number | null;
  startingBalance: number | null;
  problems: ParseProblem[];
}
