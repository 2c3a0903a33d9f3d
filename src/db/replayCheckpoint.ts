/**
 * The dashboard's replay checkpoint, kept in kv beside the ledger snapshot: the machine after
 * the ledger's events through some day (engine/checkpoint.ts), so that a page load replays only
 * the events after it. One is used only when made from the same events (the snapshot's revision
 * and fingerprint), under the same replay settings (plan, cycle day, start, starting balance,
 * era choice) and by the same build of the code (see codeVersion.ts).
 */
import type { ReplayCheckpoint } from '../engine/checkpoint';
import { codeVersion } from './codeVersion';
import { eraChoiceOf } from './ledgerInput';
import type { AccountRecord, CustomEraRecord } from './records';

export const CHECKPOINT_KEY = 'ledger-checkpoint';

/** What the events were read at: the revision and the entries' count and highest id. */
export interface ReadTag {
  rev: unknown;
  count: number;
  lastId: number;
}

interface StoredCheckpoint {
  rev: string;
  count: number;
  lastId: number;
  settings: string;
  checkpoint: ReplayCheckpoint;
}

function settingsOf(account: AccountRecord, customEras: readonly CustomEraRecord[]): string | null {
  const version = codeVersion();
  if (version === null) return null;
  const { plan, cycleDay, start, startingBalance } = account;
  return JSON.stringify([
    version,
    plan,
    cycleDay,
    start,
    startingBalance,
    eraChoiceOf(account, customEras),
  ]);
}

/** The stored checkpoint when it was made from exactly this ledger and these settings. */
export function usableCheckpoint(
  stored: unknown,
  tag: ReadTag,
  account: AccountRecord | null,
  customEras: readonly CustomEraRecord[],
): ReplayCheckpoint | null {
  const s = stored as Partial<StoredCheckpoint> | undefined;
  if (!s?.checkpoint || !account || typeof tag.rev !== 'string') return null;
  const same =
    s.rev === tag.rev &&
    s.count === tag.count &&
    s.lastId === tag.lastId &&
    s.settings === settingsOf(account, customEras);
  return same ? s.checkpoint : null;
}

/** The record to store, or null when this read cannot vouch for one. */
export function checkpointRecord(
  checkpoint: ReplayCheckpoint,
  tag: ReadTag,
  account: AccountRecord | null,
  customEras: readonly CustomEraRecord[],
): StoredCheckpoint | null {
  const settings = account && settingsOf(account, customEras);
  if (!settings || typeof tag.rev !== 'string') return null;
  return { rev: tag.rev, count: tag.count, lastId: tag.lastId, settings, checkpoint };
}
