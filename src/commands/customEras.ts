/** Custom eras: saved (also under a new id), deleted. */
import { removeCustomEra, writeCustomEra } from '../db/accountMutations';
import type { CustomEraRecord } from '../db/records';
import type { Era } from '../engine/eras';
import type { Command } from './command';

const nameOf = (era: Era): string => era.name ?? era.id;

/**
 * Saves a custom era. Editing one may change its id (`previousId`): one command, so the old
 * record goes and the new one comes together, and an account using it keeps using it.
 */
export function saveCustomEra(era: Era, previousId: string | null = null): Command<Era> {
  return {
    subject: `the custom era '${nameOf(era)}'`,
    done: () => `Saved the custom era '${nameOf(era)}'`,
    tables: ['customEras', 'account'],
    history: 'undoable',
    run: async (db) => {
      await writeCustomEra(db, { id: era.id, era }, previousId);
      return era;
    },
  };
}

/** Deletes a custom era; an account replaying with it goes back to automatic eras. */
export function deleteCustomEra(record: CustomEraRecord): Command<CustomEraRecord> {
  return {
    subject: `the deletion of the custom era '${nameOf(record.era)}'`,
    done: () => `Deleted the custom era '${nameOf(record.era)}'`,
    tables: ['customEras', 'account'],
    history: 'undoable',
    run: async (db) => {
      await removeCustomEra(db, record.id);
      return record;
    },
  };
}
