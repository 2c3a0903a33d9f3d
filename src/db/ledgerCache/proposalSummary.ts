/**
 * The Proposals page's opening figures kept in `caches`: the statistics of the whole history
 * and the open proposals (event indices and stages), tagged with the ledger's revision, the
 * outcomes' revision and the replay settings (with the build). A load with neither changed
 * since shows them without unpacking a single outcome; a change to either (a proposal marked,
 * an entry added) works them out again here, in one pass, and stores them without waiting.
 */
import { proposalStatsOfFacts, type ProposalFacts } from '../../engine/outcomes/facts';
import type { ProposalStats } from '../../engine/outcomes/stats';
import type { ConnectsDb } from '../database';
import { replayInput } from '../ledgerInput';
import { settingsOf } from './checkpointRecord';
import type { OutcomeIndex } from './packedOutcomes';
import { outcomeLookup } from './outcomeLookup';
import { SUMMARY_KEY } from './proposalRecords';
import { putCaches } from './putCaches';
import type { LedgerRead } from './readLedger';

export interface ProposalSummary {
  /** The statistics of every proposal (no date range). */
  whole: ProposalStats;
  /** The open proposals' event indices, in event order (oldest first). */
  open: Int32Array;
  /** Their stage ranks (0 sent, 1 viewed, 2 interview). */
  openStages: Uint8Array;
}

interface StoredSummary {
  tag: string;
  summary: ProposalSummary;
}

function tagOf(ledger: LedgerRead, outcomes: OutcomeIndex): string | null {
  const { account, revision } = ledger;
  if (!account || !revision || !outcomes.revision) return null;
  return JSON.stringify([revision, outcomes.revision, settingsOf(account, ledger.customEras)]);
}

/** The summary: the stored one when made from exactly these reads, else worked out now. */
export function proposalSummary(
  db: ConnectsDb,
  ledger: LedgerRead,
  outcomes: OutcomeIndex,
  facts: ProposalFacts,
  stored: unknown,
): ProposalSummary | null {
  const { account, events } = ledger;
  if (!account) return null;
  const tag = tagOf(ledger, outcomes);
  const s = stored as Partial<StoredSummary> | undefined;
  if (tag !== null && s?.tag === tag && s.summary?.open instanceof Int32Array) return s.summary;
  const open: number[] = [];
  const stages: number[] = [];
  const whole = proposalStatsOfFacts(
    replayInput(account, [], ledger.customEras),
    events.columns(),
    facts,
    {},
    outcomeLookup(events, outcomes),
    (p) => {
      if (p.result !== 'open') return;
      open.push(p.index);
      stages.push(p.stageRank);
    },
  );
  const summary = { whole, open: Int32Array.from(open), openStages: Uint8Array.from(stages) };
  if (tag !== null) {
    const value: StoredSummary = { tag, summary };
    void putCaches(db, [{ key: SUMMARY_KEY, value }]).catch(() => {});
  }
  return summary;
}
