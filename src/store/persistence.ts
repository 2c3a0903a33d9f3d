/**
 * Persistent storage: without it the browser may clear IndexedDB under storage pressure. The API
 * is missing in some browsers and contexts (jsdom, older Safari), so every call is guarded.
 */
export type Persistence = 'persistent' | 'best-effort' | 'unsupported';

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export async function persistenceStatus(): Promise<Persistence> {
  const storage = storageManager();
  if (!storage || typeof storage.persisted !== 'function') return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

/** Asks for persistent storage; the browser decides (often silently, from site engagement). */
export async function requestPersistence(): Promise<Persistence> {
  const storage = storageManager();
  if (!storage || typeof storage.persist !== 'function') return persistenceStatus();
  try {
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

export interface StorageUse {
  usage: number;
  quota: number;
}

/** How much the origin stores and may store; null where the browser does not say. */
export async function storageEstimate(): Promise<StorageUse | null> {
  const storage = storageManager();
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
