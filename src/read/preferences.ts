/** Remembered preferences (the `kv` table), read once when needed; written by savePreference. */
import { getDb } from '../db/instance';

/** The stored value, or undefined (none, or storage unreadable: callers fall back to a default). */
export async function readPreference(key: string): Promise<unknown> {
  try {
    return (await getDb().kv.get(key))?.value;
  } catch {
    return undefined;
  }
}
