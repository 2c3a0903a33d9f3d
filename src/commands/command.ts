/**
 * A command: one user action that writes, as data. It names the tables its transaction holds,
 * says how it enters the undo history, and runs inside that one transaction (run.ts opens it).
 *
 * - `undoable`: every record it writes is recorded with its value before (db/changeRecorder.ts),
 *   read inside the same transaction; undo puts those back, redo puts the afters back. A command
 *   declares nothing about its inverse: it cannot get it wrong.
 * - `none`: it writes outside the history (a remembered preference).
 * - `resets`: it replaces what every earlier step would undo (a restore, erasing everything), so
 *   the history is emptied; the page confirms such a command before it runs.
 */
import type { USER_TABLES } from '../db/accountMutations';
import type { ConnectsDb } from '../db/database';

export type HistoryEffect = 'undoable' | 'none' | 'resets';

/** The tables a command may name: the user's (USER_TABLES). */
export type TableName = (typeof USER_TABLES)[number];

export interface Command<R> {
  /** What it saves, for a failure: "Not saved: <subject> — <why>". */
  subject: string;
  /** The failure's first words, when not "Not saved" (a deletion: "Not deleted"). */
  failVerb?: string;
  /** What it did, for the message once done and in the history: "Added the proposal …". */
  done: (result: R) => string;
  tables: readonly TableName[];
  history: HistoryEffect;
  run: (db: ConnectsDb) => Promise<R>;
}
