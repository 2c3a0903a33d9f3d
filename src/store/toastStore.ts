/** Messages about what happened: errors stay until dismissed, confirmations fade. */
import { create } from 'zustand';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
  action?: ToastAction;
}

interface ToastState {
  toasts: Toast[];
  push: (toast: Omit<Toast, 'id'>) => number;
  dismiss: (id: number) => void;
}

/** Enough to show a burst of failures without burying the page. */
const MAX_TOASTS = 4;
let nextId = 1;

export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  push: (toast) => {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts, { ...toast, id }].slice(-MAX_TOASTS) }));
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

export const showError = (message: string): number =>
  useToastStore.getState().push({ kind: 'error', message });

export const showInfo = (message: string, action?: ToastAction): number =>
  useToastStore
    .getState()
    .push(action ? { kind: 'info', message, action } : { kind: 'info', message });
