/**
 * A lazily loaded chunk (the recharts drawings) whose React.lazy components
 * never show a Suspense fallback once the chunk is in. React throttles the
 * reveal of a suspended boundary to 300 ms after its fallback appeared; so a
 * page starts fetching the chunk as soon as it loads (in parallel with the
 * IndexedDB read), draws placeholders of its own until the chunk is in, and
 * the lazy components then resolve synchronously.
 */
import { lazy, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyChunk<M> {
  preload: () => Promise<M>;
  loaded: () => boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shape React.lazy itself takes
  component: <T extends ComponentType<any>>(pick: (m: M) => T) => LazyExoticComponent<T>;
}

export function lazyChunk<M>(load: () => Promise<M>): LazyChunk<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  const preload = (): Promise<M> => {
    loading ??= load().then((m) => (loaded = m));
    return loading;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shape React.lazy itself takes
  function component<T extends ComponentType<any>>(pick: (m: M) => T): LazyExoticComponent<T> {
    return lazy<T>(() => {
      const m = loaded;
      if (m === null) return preload().then((mod) => ({ default: pick(mod) }));
      // A thenable that resolves at once: React.lazy then renders without suspending.
      const now = {
        then: (resolve: (value: { default: T }) => void) => resolve({ default: pick(m) }),
      };
      return now as unknown as Promise<{ default: T }>;
    });
  }
  return { preload, loaded: () => loaded !== null, component };
}

/** Whether the chunk is in; starts loading it and re-renders once it is. */
export function useChunkLoaded<M>(chunk: LazyChunk<M>): boolean {
  const [loaded, setLoaded] = useState(chunk.loaded);
  useEffect(() => {
    if (!loaded) void chunk.preload().then(() => setLoaded(true));
  }, [chunk, loaded]);
  return loaded;
}
