/**
 * Every write goes through here, so a failure is never silent: the user is told what was not
 * saved and why ("Not saved: the proposal 'Logo refresh' (12 Connects) — the browser's storage is full.").
 */
import { storageErrorText } from '../db/storageErrors';
import { showError } from './toastStore';

/** Runs `op`; on failure shows "<verb>: <what> — <reason>" and resolves to undefined. */
export async function attemptWrite<T>(
  what: string,
  op: () => Promise<T>,
  verb = 'Not saved',
): Promise<T | undefined> {
  try {
    return await op();
  } catch (error) {
    showError(`${verb}: ${what} — ${storageErrorText(error)}`);
    return undefined;
  }
}
