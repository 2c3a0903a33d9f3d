/**
 * The ledger's changes as the user makes them: each one saved (or reported as not saved),
 * confirmed in a message with an Undo button, and pushed on the undo stack (Ctrl+Z).
 */
import {
  addEntry,
  deleteEntry,
  editEntry,
  removeEntry,
  restoreEntry,
  type NewEntry,
} from '../../db/ledgerMutations';
import type { EntryRecord } from '../../db/records';
import { showInfo } from '../../store/toastStore';
import { undoStep, useUndoStore, type UndoStep } from '../../store/undoStore';
import { attemptWrite } from '../../store/writes';
import { describeEntry } from './entryText';

function confirmWithUndo(step: UndoStep): void {
  useUndoStore.getState().push(step);
  showInfo(`${step.label}.`, { label: 'Undo', run: () => void undoStep(step) });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export async function addWithUndo(entry: NewEntry): Promise<boolean> {
  const added = await attemptWrite(describeEntry(entry), () => addEntry(entry));
  if (!added) return false;
  const id = added.id as number;
  confirmWithUndo({ label: `Added ${describeEntry(added)}`, undo: () => removeEntry(id) });
  return true;
}

export async function editWithUndo(id: number, changes: NewEntry): Promise<boolean> {
  const result = await attemptWrite(`the changes to ${describeEntry(changes)}`, () =>
    editEntry(id, changes),
  );
  if (!result) return false;
  const { before } = result;
  confirmWithUndo({ label: `Changed ${describeEntry(before)}`, undo: () => restoreEntry(before) });
  return true;
}

export async function deleteWithUndo(entry: EntryRecord): Promise<boolean> {
  if (entry.id === undefined) return false;
  const id = entry.id;
  const before = await attemptWrite(describeEntry(entry), () => deleteEntry(id), 'Not deleted');
  if (!before) return false;
  confirmWithUndo({
    label: capital(`deleted ${describeEntry(before)}`),
    undo: () => restoreEntry(before),
  });
  return true;
}
