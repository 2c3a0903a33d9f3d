/** UI state only (chart range, pace, ledger filters). The ledger's truth lives in IndexedDB. */
import { create } from 'zustand';
import type { Pace } from '../engine/forecast';
import type { EventType } from '../engine/types';

export type ChartRange = 6 | 12 | 24 | 'all';

/** The dashboard's planned pace, every part of it filled in. */
export const DEFAULT_PACE: Required<Omit<Pace, 'purchases'>> = {
  proposalsPerCycle: 10,
  connectsPerProposal: 8,
  boostPerProposal: 0,
  refundShare: 0,
  bonusPerCycle: 0,
};

export interface LedgerFilters {
  type: EventType | 'all';
  /** Inclusive dates (YYYY-MM-DD); empty = open. */
  from: string;
  to: string;
  text: string;
  onlyProblems: boolean;
}

export const NO_FILTERS: LedgerFilters = {
  type: 'all',
  from: '',
  to: '',
  text: '',
  onlyProblems: false,
};

export interface UiState {
  range: ChartRange;
  setRange: (range: ChartRange) => void;
  pace: Pace;
  setPace: (partial: Partial<Pace>) => void;
  filters: LedgerFilters;
  setFilters: (partial: Partial<LedgerFilters>) => void;
  clearFilters: () => void;
}

export const useUiStore = create<UiState>()((set) => ({
  range: 12,
  setRange: (range) => set({ range }),
  pace: DEFAULT_PACE,
  setPace: (partial) => set((s) => ({ pace: { ...s.pace, ...partial } })),
  filters: NO_FILTERS,
  setFilters: (partial) => set((s) => ({ filters: { ...s.filters, ...partial } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
}));
