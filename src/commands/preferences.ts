/** Remembered preferences (the `kv` table): written quietly, outside the undo history. */
import type { Command } from './command';

export function savePreference(key: string, value: unknown, what: string): Command<true> {
  return {
    subject: what,
    done: () => `Remembered ${what}`,
    tables: ['kv'],
    history: 'none',
    run: async (db) => {
      await db.kv.put({ key, value });
      return true;
    },
  };
}
