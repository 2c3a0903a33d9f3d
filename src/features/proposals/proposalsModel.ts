/**
 * What the Proposals page works from, built once per read of the ledger and its outcomes: the
 * statistics of the whole history and the open proposals (from the read cache's summary when
 * it has them, else in one pass over the proposals), the statistics of another range in one
 * more pass when asked, and how to reach a proposal's entry for a command. A pass reads the
 * read cache as it is: the proposals' facts (no replay of the ledger) and the events' columns
 * (no event objects).
 */
import type { ProposalEntry } from '../../commands';
import {
  openProposal,
  openProposalsAt,
  parseIsoDate,
  proposalFacts,
  proposalStatsOfFacts,
  type OpenProposal,
  type OutcomeOf,
  type ProposalFacts,
  type ProposalStats,
  type ReplayInput,
  type SpendColumns,
  type SpendKind,
  type Statement,
  type StatsRange,
} from '../../engine';
import { outcomeLookup, replayInput, type ProposalsRead } from '../../read';

export interface ProposalsModel {
  today: string;
  /** The account and era settings, no events (the era of an interview bonus). */
  settings: ReplayInput;
  /** The billing cycles, oldest first. */
  cycles: readonly Statement[];
  /** Every proposal ever sent: the statistics of the whole history. */
  whole: ProposalStats;
  /** The statistics of the proposals in `range` (the whole history's when it is open). */
  statsFor: (range: StatsRange) => ProposalStats;
  /** Open proposals, oldest first (their `ref` is read with `entryAt`). */
  open: OpenProposal[];
  /** The id of the entry the event at `index` was read from. */
  idAt: (index: number) => number;
  /** The proposal at `index` as the commands take it (with its ref: its title). */
  entryAt: (index: number) => ProposalEntry;
}

export type Built = { model: ProposalsModel; error: null } | { model: null; error: string };

interface Source {
  settings: ReplayInput;
  columns: SpendColumns;
  facts: ProposalFacts;
  viewOf: OutcomeOf | undefined;
}

function statsCache(source: Source, whole: ProposalStats) {
  const known = new Map<string, ProposalStats>([['|', whole]]);
  return (range: StatsRange): ProposalStats => {
    const key = `${range.from ?? ''}|${range.to ?? ''}`;
    let stats = known.get(key);
    if (!stats) {
      const { settings, columns, facts, viewOf } = source;
      stats = proposalStatsOfFacts(settings, columns, facts, range, viewOf);
      known.set(key, stats);
    }
    return stats;
  };
}

function buildModel(read: ProposalsRead, today: string): ProposalsModel | null {
  const { ledger, outcomes, summary } = read;
  const { account, events } = ledger;
  if (!account) return null;
  const settings = replayInput(account, [], ledger.customEras);
  // Without stored facts (a ledger the rules cannot replay), the replay here says why.
  const facts = read.facts ?? proposalFacts(replayInput(account, events.all(), ledger.customEras));
  const viewOf = outcomeLookup(events, outcomes);
  const source: Source = { settings, columns: events.columns(), facts, viewOf };
  let whole: ProposalStats;
  let open: OpenProposal[];
  if (summary) {
    // The read cache's opening figures: no outcome unpacked for them.
    whole = summary.whole;
    open = openProposalsAt(source.columns, summary.open, summary.openStages, today);
  } else {
    const now = parseIsoDate(today) ?? 0;
    const list: OpenProposal[] = [];
    whole = proposalStatsOfFacts(settings, source.columns, facts, {}, viewOf, (p) => {
      if (p.result === 'open') list.push(openProposal(p, now));
    });
    open = list;
  }
  // Proposals come in ledger order, which is date order: oldest first already.
  const idAt = (index: number): number => events.idAt(index);
  return {
    today,
    settings,
    cycles: facts.cycles,
    whole,
    statsFor: statsCache(source, whole),
    open,
    idAt,
    entryAt: (index) => {
      const event = events.eventAt(index) as {
        date: string;
        kind?: SpendKind;
        ref?: string;
        connects?: number;
        boost?: number;
      };
      const entry: ProposalEntry = { id: idAt(index), date: event.date, type: 'spend' };
      if (event.kind !== undefined) entry.kind = event.kind;
      if (event.ref !== undefined) entry.ref = event.ref;
      if (event.connects !== undefined) entry.connects = event.connects;
      if (event.boost !== undefined) entry.boost = event.boost;
      return entry;
    },
  };
}

/**
 * Built once per read and day, outside React's state: a render React throws away does not
 * build it again on its next attempt (as the dashboard's model).
 */
const builtFor = new WeakMap<ProposalsRead, { day: string; built: Built | null }>();

export function buildProposals(read: ProposalsRead, today: string): Built | null {
  const known = builtFor.get(read);
  if (known?.day === today) return known.built;
  let built: Built | null;
  try {
    const model = buildModel(read, today);
    built = model && { model, error: null };
  } catch (e) {
    built = { model: null, error: e instanceof Error ? e.message : String(e) };
  }
  builtFor.set(read, { day: today, built });
  return built;
}
