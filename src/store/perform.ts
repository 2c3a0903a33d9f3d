/**
 * How the pages run commands, undo and redo: every outcome said in a message. A failure is
 * never silent ("Not saved: the proposal 'Logo refresh' (12 Connects) — the browser's storage is
 * full."); a change that entered the history says so with an Undo button, an undo with Redo.
 */
// Run and the history only, not the commands' index: the shell uses this module (undo
// shortcuts, the messages' buttons), and the index would bring every command into it.
import type { Command } from '../commands/command';
import { getHistory } from '../commands/history';
import { execute, redo, undo, type Executed } from '../commands/run';
import { storageErrorText } from '../commands/errors';
import { showError, showInfo } from './toastStore';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

export interface PerformOptions {
  /** No message once done (the page says it its own way); failures are still reported. */
  quiet?: boolean;
}

/** Runs a command; resolves to what it returned, or to undefined when it failed (and said so). */
export async function perform<R>(
  command: Command<R>,
  options: PerformOptions = {},
): Promise<Executed<R> | undefined> {
  try {
    const executed = await execute(command);
    if (!options.quiet) {
      const { step } = executed;
      const text = `${command.done(executed.result)}.`;
      if (step) showInfo(text, { label: 'Undo', run: () => void undoStep(step.id) });
      else showInfo(text);
    }
    return executed;
  } catch (error) {
    const verb = command.failVerb ?? 'Not saved';
    showError(`${verb}: ${command.subject} — ${storageErrorText(error)}`);
    return undefined;
  }
}

async function travel(direction: 'undo' | 'redo', id?: number): Promise<boolean> {
  const steps = getHistory()[direction];
  const step = id === undefined ? steps[steps.length - 1] : steps.find((s) => s.id === id);
  if (!step) return false;
  const label = lowerFirst(step.label);
  try {
    const moved = direction === 'undo' ? await undo(step.id) : await redo(step.id);
    if (!moved) return false;
    const again = direction === 'undo' ? 'Redo' : 'Undo';
    const run =
      direction === 'undo' ? () => void redoStep(moved.id) : () => void undoStep(moved.id);
    showInfo(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}.`, { label: again, run });
    return true;
  } catch (error) {
    showError(`Could not ${direction}: ${label} — ${storageErrorText(error)}`);
    return false;
  }
}

/** Undoes the newest change (or the step `id`); false when there was none or it failed. */
export function undoStep(id?: number): Promise<boolean> {
  return travel('undo', id);
}

/** Redoes the newest undone change (or the step `id`); false when there was none or it failed. */
export function redoStep(id?: number): Promise<boolean> {
  return travel('redo', id);
}
