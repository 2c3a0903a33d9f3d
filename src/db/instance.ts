/** The app's one database. Tests swap it for a fresh one with `setDatabase`. */
import { ConnectsDb } from './database';

let current = new ConnectsDb();

export function getDb(): ConnectsDb {
  return current;
}

/** For tests and for restore: point the app at another database (closing the old one). */
export function setDatabase(db: ConnectsDb): void {
  if (current !== db) current.close();
  current = db;
}
