/**
 * The ledger of a read replayed through a day: from the read's checkpoint when it serves (only
 * the events after it made into objects and replayed), else from the start. Apart from
 * readLedger.ts so the replay's code stays out of the first screen's.
 */
import { stateFromCheckpoint } from '../../engine/checkpoint';
import { stateAt, type ReplayInput, type StateAt } from '../../engine/replay';
import { replayInput } from '../ledgerInput';
import type { AccountRecord } from '../records';
import type { LedgerRead } from './readLedger';

export interface Replayed {
  /** What the replay was given: the account and eras, and the events it needed. */
  input: ReplayInput;
  state: StateAt;
}

export function replayThrough(
  read: LedgerRead & { account: AccountRecord },
  day: string,
): Replayed {
  const { account, events, customEras, checkpoint } = read;
  if (checkpoint) {
    const input = replayInput(account, events.from(checkpoint.next), customEras);
    const state = stateFromCheckpoint(input, checkpoint, day);
    if (state) return { input, state };
  }
  const input = replayInput(account, events.all(), customEras);
  return { input, state: stateAt(input, day) };
}
