/**
 * The undo and redo history of this tab: steps of recorded changes (db/changeRecorder.ts), newest
 * last. It lives for the tab, across pages. A plain observable, so the UI subscribes with
 * useSyncExternalStore and the commands layer needs no UI library.
 */
import type { ChangeSet } from '../db/changeRecorder';

export interface HistoryStep {
  id: number;
  /** What the step did: "Added the proposal 'Logo refresh' (12 Connects)". */
  label: string;
  changes: ChangeSet;
}

export interface History {
  undo: readonly HistoryStep[];
  redo: readonly HistoryStep[];
}

/** Enough for a session's work; each step holds the records it changed. */
export const MAX_STEPS = 100;

let state: History = { undo: [], redo: [] };
let nextId = 1;

export function getHistory(): History {
  return state;
}

export function newStep(label: string, changes: ChangeSet): HistoryStep {
  return { id: nextId++, label, changes };
}

/** A new change: it goes on the undo stack, and what was undone can no longer be redone. */
export function pushDone(step: HistoryStep): void {
  state = { undo: [...state.undo, step].slice(-MAX_STEPS), redo: [] };
}

/** Moves `step` from one stack to the other, as `moved` (its changes now go the other way). */
export function moveStep(step: HistoryStep, moved: HistoryStep, to: 'undo' | 'redo'): void {
  const undo = state.undo.filter((s) => s !== step);
  const redo = state.redo.filter((s) => s !== step);
  if (to === 'undo') undo.push(moved);
  else redo.push(moved);
  state = { undo: undo.slice(-MAX_STEPS), redo: redo.slice(-MAX_STEPS) };
}

/** Drops a step that can never apply again (what it would restore was changed since). */
export function dropStep(step: HistoryStep): void {
  state = {
    undo: state.undo.filter((s) => s !== step),
    redo: state.redo.filter((s) => s !== step),
  };
}

export function clearHistory(): void {
  state = { undo: [], redo: [] };
}
