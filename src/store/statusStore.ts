/** The storage's state as the app shell reports it: persistence, and problems opening it. */
import { create } from 'zustand';
import type { Persistence } from './persistence';

export type DbNotice =
  { kind: 'reloading' } | { kind: 'blocked' } | { kind: 'unavailable'; reason: string } | null;

interface StatusState {
  persistence: Persistence | 'unknown';
  setPersistence: (p: Persistence) => void;
  dbNotice: DbNotice;
  setDbNotice: (n: DbNotice) => void;
}

export const useStatusStore = create<StatusState>()((set) => ({
  persistence: 'unknown',
  setPersistence: (persistence) => set({ persistence }),
  dbNotice: null,
  setDbNotice: (dbNotice) => set({ dbNotice }),
}));
