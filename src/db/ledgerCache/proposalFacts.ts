/**
 * The proposals' facts (engine/outcomes/facts.ts: which spends are proposals the rules applied,
 * what was refunded to each, the billing cycles) kept in `caches`, tagged like the replay
 * checkpoint: the ledger's revision they were worked out at, the replay settings and the build.
 * They do not depend on the outcomes, so marking a proposal (which changes only the outcomes'
 * revision) keeps them, and the Proposals page's statistics then need no replay of the ledger.
 * Made here and only here, on a read that found them missing or stale, and stored without
 * waiting (a failed store costs only speed).
 */
import { proposalFacts, type ProposalFacts } from '../../engine/outcomes/facts';
import type { ConnectsDb } from '../database';
import { replayInput } from '../ledgerInput';
import type { AccountRecord } from '../records';
import { settingsOf } from './checkpointRecord';
import { FACTS_KEY } from './proposalRecords';
import { putCaches } from './putCaches';
import type { LedgerRead } from './readLedger';

interface StoredFacts {
  rev: string;
  settings: string;
  facts: ProposalFacts;
}

function isFacts(value: unknown, rev: string, settings: string): value is StoredFacts {
  const s = value as Partial<StoredFacts> | undefined;
  return s?.rev === rev && s.settings === settings && s.facts?.proposals instanceof Int32Array;
}

/** The last facts per read of the ledger: a re-read of the same ledger object reuses them. */
const known = new WeakMap<LedgerRead, ProposalFacts>();

/**
 * The facts of the ledger read; null without an account, or when the ledger cannot be replayed
 * (a bad account: the page's own replay then says why).
 */
export async function readProposalFacts(
  db: ConnectsDb,
  ledger: LedgerRead,
  /** The stored record as the caller read it (proposalRecords.ts), if it did. */
  early?: { record: unknown },
): Promise<ProposalFacts | null> {
  const { account, revision } = ledger;
  if (!account) return null;
  const memo = known.get(ledger);
  if (memo) return memo;
  const settings = settingsOf(account, ledger.customEras);
  if (revision) {
    const stored = early ? early.record : (await db.caches.get(FACTS_KEY))?.value;
    if (isFacts(stored, revision, settings)) {
      known.set(ledger, stored.facts);
      return stored.facts;
    }
  }
  const facts = factsNow(ledger, account);
  if (!facts) return null;
  known.set(ledger, facts);
  if (revision) {
    const value: StoredFacts = { rev: revision, settings, facts };
    void putCaches(db, [{ key: FACTS_KEY, value }]).catch(() => {});
  }
  return facts;
}

function factsNow(ledger: LedgerRead, account: AccountRecord): ProposalFacts | null {
  try {
    return proposalFacts(replayInput(account, ledger.events.all(), ledger.customEras));
  } catch {
    return null;
  }
}
