/** Undo for ledger changes: each step knows how to put the ledger back as it was. */
import { create } from 'zustand';
import { showInfo } from './toastStore';
import { attemptWrite } from './writes';

export interface UndoStep {
  /** What was done, e.g. "Deleted the proposal 'Logo refresh' (12 Connects)". */
  label: string;
  undo: () => Promise<void>;
}

interface UndoState {
  steps: UndoStep[];
  push: (step: UndoStep) => void;
  pop: () => UndoStep | undefined;
}

const MAX_STEPS = 50;

export const useUndoStore = create<UndoState>()((set, get) => ({
  steps: [],
  push: (step) => set((s) => ({ steps: [...s.steps, step].slice(-MAX_STEPS) })),
  pop: () => {
    const { steps } = get();
    const last = steps[steps.length - 1];
    if (last) set({ steps: steps.slice(0, -1) });
    return last;
  },
}));

/** Undoes the latest step; false when there was nothing to undo or it failed. */
export async function undoLast(): Promise<boolean> {
  const step = useUndoStore.getState().pop();
  if (!step) return false;
  const done = await attemptWrite(
    lowerFirst(step.label),
    async () => {
      await step.undo();
      return true;
    },
    'Could not undo',
  );
  if (done) showInfo(`Undone: ${lowerFirst(step.label)}.`);
  return done === true;
}

/** Undoes one particular step (the Undo button of its message), wherever it is in the stack. */
export async function undoStep(step: UndoStep): Promise<boolean> {
  const { steps } = useUndoStore.getState();
  if (!steps.includes(step)) return false;
  useUndoStore.setState({ steps: steps.filter((s) => s !== step) });
  useUndoStore.getState().push(step);
  return undoLast();
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
