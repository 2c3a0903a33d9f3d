/**
 * The proposals still waiting for an answer (effective result `open`), oldest first, with how
 * long each has waited: what the Proposals page lists to move on.
 */
import { formatDay, parseIsoDate, type Day } from '../dates';
import type { SpendColumns } from './columns';
import type { ProposalRecord } from './proposals';
import { STAGES, type Stage } from './types';

export interface OpenProposal {
  /** The spend's index in the replay input's events. */
  index: number;
  date: string;
  ref: string | undefined;
  connects: number;
  boost: number;
  stage: Stage;
  /** Whole days from its date to today (0 when sent today). */
  ageDays: number;
}

/** An open proposal as listed on `today` (a day number), from its record (kept: a copy). */
export function openProposal(p: Readonly<ProposalRecord>, today: Day): OpenProposal {
  return {
    index: p.index,
    date: p.date,
    ref: p.ref,
    connects: p.connects,
    boost: p.boost,
    stage: p.stage,
    ageDays: Math.max(0, today - p.day),
  };
}

/** The open proposals, oldest first (by date, then in ledger order). */
export function openProposals(
  proposals: readonly Readonly<ProposalRecord>[],
  today: string,
): OpenProposal[] {
  const now = parseIsoDate(today) ?? 0;
  const out: OpenProposal[] = [];
  for (const p of proposals) {
    if (p.result === 'open') out.push(openProposal(p, now));
  }
  // Proposals come in ledger order, which is date order: a sort only for input that is not.
  for (let i = 1; i < out.length; i += 1) {
    if ((out[i] as OpenProposal).date < (out[i - 1] as OpenProposal).date) {
      return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
    }
  }
  return out;
}

/**
 * The open proposals from their event indices and stage ranks (0 sent … 2 interview), as a read
 * cache keeps them, with the events' columns: listed in the order given.
 */
export function openProposalsAt(
  columns: SpendColumns,
  indices: ArrayLike<number>,
  stageRanks: ArrayLike<number>,
  today: string,
): OpenProposal[] {
  const now = parseIsoDate(today) ?? 0;
  const out: OpenProposal[] = [];
  let lastDay = Number.NaN;
  let date = '';
  for (let k = 0; k < indices.length; k += 1) {
    const index = indices[k] as number;
    const day = columns.days[index] as number;
    if (day !== lastDay) {
      lastDay = day;
      date = formatDay(day);
    }
    const connects = columns.connects[index];
    const boost = columns.boost[index];
    out.push({
      index,
      date,
      ref: undefined,
      connects: connects === undefined || Number.isNaN(connects) ? 0 : connects,
      boost: boost === undefined || Number.isNaN(boost) ? 0 : boost,
      stage: STAGES[stageRanks[k] as number] ?? 'sent',
      ageDays: Math.max(0, now - day),
    });
  }
  return out;
}

/** Those open for more than `days` days (the page's "more than 30 days"). */
export function openLongerThan(list: readonly OpenProposal[], days: number): OpenProposal[] {
  return list.filter((p) => p.ageDays > days);
}

/** How many are open for more than `days` days, without listing them. */
export function countLongerThan(list: readonly OpenProposal[], days: number): number {
  let n = 0;
  for (const p of list) if (p.ageDays > days) n += 1;
  return n;
}
