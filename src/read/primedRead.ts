/**
 * A live read that a page's route may start before React mounts (app/earlyStart.ts): a live
 * query starts only after the first commit, and the read is most of a page's wait.
 */
import { Dexie, liveQuery } from 'dexie';

/** A read started early, and its result once in. */
export interface Primed<T> {
  promise: Promise<T | null> | null;
  data: T | null;
}

/** Starts `read` now, into `slot`; a failed read leaves nothing (the live query tries again). */
export function prime<T>(slot: Primed<T>, read: () => Promise<T>): void {
  slot.promise = read().then(
    (data) => (slot.data = data),
    () => null,
  );
}

/**
 * The primed read's result as soon as it is in, then the live query's. useObservable renders
 * again only for a different object, and the live query's first result is the primed one when
 * nothing changed in between (see readLedger, readOutcomes), so the page renders once, not twice.
 */
export function primedReads<T>(slot: Primed<T>, read: () => Promise<T>) {
  async function liveRead(): Promise<T> {
    if (slot.promise) {
      // Used once: a later visit to the page must not start from it. Awaited through
      // Dexie.waitFor: a bare await of a promise from outside would lose the live query's zone,
      // and with it the record of what this read depends on.
      await Dexie.waitFor(slot.promise, 600_000).catch(() => null);
      slot.promise = null;
      slot.data = null;
    }
    return read();
  }
  return () => {
    const early = slot.promise;
    return {
      hasValue: () => slot.data !== null,
      getValue: () => slot.data,
      subscribe(next: (value: T) => void, error: (e: unknown) => void) {
        let live = false;
        void early?.then((data) => {
          if (data && !live) next(data);
        });
        const subscription = liveQuery(liveRead).subscribe({
          next: (data) => {
            live = true;
            next(data);
          },
          error,
        });
        return () => subscription.unsubscribe();
      },
    };
  };
}
