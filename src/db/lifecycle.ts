/**
 * Several tabs share one database. A tab opening a newer schema version needs the older tabs to
 * let go: they get `versionchange` (Dexie closes the connection by default; the app then tells
 * the user and reloads onto the new code). The newer tab gets `blocked` while an old one holds on.
 */
import type { ConnectsDb } from './database';

export interface LifecycleHandlers {
  /** Another tab upgrades or deletes the database: this connection is being closed. */
  onVersionChange: () => void;
  /** This tab's upgrade waits for another tab to close its older connection. */
  onBlocked: () => void;
}

/** Subscribes to the database's lifecycle events; returns the unsubscribe. */
export function watchDatabase(db: ConnectsDb, handlers: LifecycleHandlers): () => void {
  const onVersionChange = (): void => handlers.onVersionChange();
  const onBlocked = (): void => handlers.onBlocked();
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}
