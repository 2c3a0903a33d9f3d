/**
 * The stored replay checkpoint: the machine after the ledger's events through some day
 * (engine/checkpoint.ts), so that a load replays only the events after it. One is used only
 * when made from the same events (the revision it was read at), under the same replay settings
 * (plan, cycle day, start, starting balance, era choice) and by the same build of the code.
 */
import type { ReplayCheckpoint } from '../../engine/checkpoint';
import { eraChoiceOf } from '../ledgerInput';
import type { AccountRecord, CustomEraRecord } from '../records';
import { codeVersion } from './codeVersion';

export interface StoredCheckpoint {
  rev: string;
  settings: string;
  checkpoint: ReplayCheckpoint;
}

/** The replay settings and the code's build, as one text a cache is tagged with. */
export function settingsOf(account: AccountRecord, customEras: readonly CustomEraRecord[]): string {
  const { plan, cycleDay, start, startingBalance } = account;
  const era = eraChoiceOf(account, customEras);
  return JSON.stringify([codeVersion(), plan, cycleDay, start, startingBalance, era]);
}

/** The stored checkpoint when it was made from exactly this ledger and these settings. */
export function usableCheckpoint(
  stored: unknown,
  rev: string,
  account: AccountRecord | null,
  customEras: readonly CustomEraRecord[],
): ReplayCheckpoint | null {
  const s = stored as Partial<StoredCheckpoint> | undefined;
  if (!s?.checkpoint || !account) return null;
  const same = s.rev === rev && s.settings === settingsOf(account, customEras);
  return same ? s.checkpoint : null;
}

export function checkpointRecord(
  checkpoint: ReplayCheckpoint,
  rev: string,
  account: AccountRecord,
  customEras: readonly CustomEraRecord[],
): StoredCheckpoint {
  return { rev, settings: settingsOf(account, customEras), checkpoint };
}
