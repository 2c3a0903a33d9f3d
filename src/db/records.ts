/** The shapes stored in IndexedDB. Ledger events keep the rules' field names. */
import type { Era } from '../engine/eras';
import type { Outcome, SpendKind } from '../engine/outcomes/types';
import type { BonusReason, EventType } from '../engine/types';

/** Which rules replay the ledger: the era in force at each cycle (auto), one fixed era, or a custom one. */
export type EraSetting =
  { kind: 'auto' } | { kind: 'fixed'; id: string } | { kind: 'custom'; id: string };

export interface AccountRecord {
  id: 'account';
  plan: string;
  cycleDay: number;
  /** A cycle start: the first statement's start. */
  start: string;
  startingBalance: number;
  era: EraSetting;
  createdAt: string;
}

export interface EntryRecord {
  id?: number;
  date: string;
  type: EventType;
  connects?: number;
  boost?: number;
  usd?: number;
  reason?: BonusReason;
  ref?: string;
  note?: string;
  plan?: string;
  /** What a spend paid for (absent: a proposal); its outcome is kept apart (OutcomePageRecord). */
  kind?: SpendKind;
  /** Job title or other text shown with the entry. */
  details?: string;
  /** Order among entries of the same date (the rules apply a date's events in order). */
  order: number;
  /** The import batch that wrote it, so a batch can be undone as a whole. */
  batchId?: number | null;
  /** The imported row's identity, so re-importing a file adds only new rows. */
  key?: string | null;
}

/** Up to PAGE_SIZE entries written together (entryPages.ts); keyed by its first entry's id. */
export interface EntryPageRecord {
  id: number;
  /** The highest id the page was written with: its rows' ids lie in [id, lastId]. */
  lastId: number;
  /** The import batches its rows came from, so undoing a batch finds its pages. */
  batchIds: number[];
  maxOrder: number;
  rows: EntryRecord[];
}

/**
 * The outcomes of the proposals whose entry ids fall in one bucket (outcomes.ts). Kept apart from
 * the entries: outcomes change often and the rules never read them, so changing one rewrites one
 * small record and leaves the ledger's revision, and the read cache, alone.
 */
export interface OutcomePageRecord {
  /** The bucket: entry id ÷ OUTCOME_BUCKET, rounded down. */
  id: number;
  /** By entry id. */
  outcomes: Record<number, Outcome>;
}

export interface BatchRecord {
  id?: number;
  importedAt: string;
  fileName: string;
  rowCount: number;
  format: string;
  /** The account this import wrote (a first account, or a new starting balance), if it wrote one. */
  accountSet?: AccountRecord;
  /** The account before that write, null when there was none: what undoing the import puts back. */
  accountBefore?: AccountRecord | null;
  /** An outcomes file: the outcomes it set, each with the one it replaced (null: none). */
  outcomes?: { entryId: number; before: Outcome | null; after: Outcome }[];
}

export interface CustomEraRecord {
  id: string;
  era: Era;
}

/** Small remembered preferences, e.g. a CSV column mapping per header. */
export interface KeyValueRecord {
  key: string;
  value: unknown;
}

/** A read cache (ledgerCache/): the revision, the packed snapshot, the replay checkpoint. */
export interface CacheRecord {
  key: string;
  value: unknown;
}
