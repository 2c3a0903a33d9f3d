/**
 * Running commands, undoing and redoing them: each in one transaction, one after another (a
 * burst of Ctrl+Z never interleaves with a save), the history updated once it has committed.
 */
import {
  ChangedSinceError,
  revertChanges,
  startRecording,
  type ChangeSet,
} from '../db/changeRecorder';
import { getDb } from '../db/instance';
import type { Command } from './command';
import {
  clearHistory,
  dropStep,
  getHistory,
  moveStep,
  newStep,
  pushDone,
  type HistoryStep,
} from './history';

let queue: Promise<unknown> = Promise.resolve();

function inTurn<T>(op: () => Promise<T>): Promise<T> {
  const turn = queue.then(op, op);
  queue = turn.catch(() => {});
  return turn;
}

export interface Executed<R> {
  result: R;
  /** The history step it made (null when it is not undoable or changed nothing). */
  step: HistoryStep | null;
}

/** Runs a command in one transaction; throws (nothing written) when any part of it fails. */
export function execute<R>(command: Command<R>): Promise<Executed<R>> {
  return inTurn(async () => {
    const db = getDb();
    let changes: ChangeSet | null = null;
    const result = await db.transaction('rw', [...command.tables], async (tx) => {
      const finish = command.history === 'undoable' ? startRecording(tx) : null;
      const value = await command.run(db);
      changes = finish ? finish() : null;
      return value;
    });
    if (command.history === 'resets') clearHistory();
    const made = changes as ChangeSet | null;
    if (!made || made.size === 0) return { result, step: null };
    const step = newStep(command.done(result), made);
    pushDone(step);
    return { result, step };
  });
}

/** Puts back what `changes` changed, in one transaction; returns the changes that redo it. */
async function revert(changes: ChangeSet): Promise<ChangeSet> {
  const db = getDb();
  return db.transaction('rw', [...changes.keys()], async (tx) => {
    const finish = startRecording(tx);
    await revertChanges(db, changes);
    return finish();
  });
}

function travel(from: 'undo' | 'redo', id?: number): Promise<HistoryStep | null> {
  return inTurn(async () => {
    const steps = getHistory()[from];
    const step = id === undefined ? steps[steps.length - 1] : steps.find((s) => s.id === id);
    if (!step) return null;
    try {
      const back = newStep(step.label, await revert(step.changes));
      moveStep(step, back, from === 'undo' ? 'redo' : 'undo');
      return back;
    } catch (error) {
      if (error instanceof ChangedSinceError) dropStep(step);
      throw error;
    }
  });
}

/**
 * Undoes the newest step, or the step `id` (a message's Undo button) wherever it is: it applies
 * only while what it changed is as it left it. Resolves to the step as it now stands on the redo
 * stack, or null when there was nothing to undo; throws when it could not be undone.
 */
export function undo(id?: number): Promise<HistoryStep | null> {
  return travel('undo', id);
}

/** Redoes the newest undone step (or the step `id`); as `undo`, the other way. */
export function redo(id?: number): Promise<HistoryStep | null> {
  return travel('redo', id);
}
