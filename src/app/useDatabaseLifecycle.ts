/**
 * Keeps this tab honest about its storage: reloads when another tab upgrades the database,
 * says so when this tab's upgrade waits for another, reports a database that cannot be opened,
 * and, once the opening page is drawn, asks for persistent storage if there is data worth keeping.
 */
import { useEffect } from 'react';
import { getDb } from '../db/instance';
import { watchDatabase } from '../db/lifecycle';
import { persistenceStatus, requestPersistence } from '../store/persistence';
import { storageErrorText } from '../db/storageErrors';
import { useStatusStore } from '../store/statusStore';
import { openingDrawn } from './pages';

/** Long enough to read "reloading", short enough not to wait on it. */
export const RELOAD_DELAY_MS = 1500;

const reloadPage = (): void => window.location.reload();

export function useDatabaseLifecycle(reload: () => void = reloadPage): void {
  useEffect(() => {
    const db = getDb();
    const { setDbNotice, setPersistence } = useStatusStore.getState();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchDatabase(db, {
      onVersionChange: () => {
        setDbNotice({ kind: 'reloading' });
        db.close();
        timer = setTimeout(reload, RELOAD_DELAY_MS);
      },
      onBlocked: () => setDbNotice({ kind: 'blocked' }),
    });
    let cancelled = false;
    void (async () => {
      try {
        await db.open();
        if (cancelled) return;
        if (useStatusStore.getState().dbNotice?.kind === 'blocked') setDbNotice(null);
        // Nobody waits for this: asking the browser, and counting accounts, beside the opening
        // page's own reads would hold that page up.
        await openingDrawn();
        if (cancelled) return;
        const status = await persistenceStatus();
        const hasData = (await db.account.count()) > 0;
        if (!cancelled)
          setPersistence(status === 'best-effort' && hasData ? await requestPersistence() : status);
      } catch (error) {
        if (!cancelled && useStatusStore.getState().dbNotice?.kind !== 'reloading') {
          setDbNotice({ kind: 'unavailable', reason: storageErrorText(error) });
        }
      }
    })();
    return () => {
      cancelled = true;
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [reload]);
}
