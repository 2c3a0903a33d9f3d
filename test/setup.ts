import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Browser-only shims: they apply only to test files that run in jsdom
// (first line `// @vitest-environment jsdom`). Engine and unit tests run in plain Node.
if (typeof window !== 'undefined') {
  await import('fake-indexeddb/auto');
  const { cleanup } = await import('@testing-library/react');

  // recharts draws nothing unless ResizeObserver reports a size: report 800x240.
  class ResizeObserverStub implements ResizeObserver {
    readonly #callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.#callback = callback;
    }
    observe(target: Element): void {
      const contentRect = {
        x: 0,
        y: 0,
        top: 0,
        left: 0,
        width: 800,
        height: 240,
        right: 800,
        bottom: 240,
        toJSON: () => ({}),
      } as DOMRectReadOnly;
      const size = [
        { inlineSize: 800, blockSize: 240 },
      ] as unknown as readonly ResizeObserverSize[];
      const entry = {
        target,
        contentRect,
        borderBoxSize: size,
        contentBoxSize: size,
        devicePixelContentBoxSize: size,
      } as ResizeObserverEntry;
      this.#callback([entry], this);
    }
    unobserve(): void {}
    disconnect(): void {}
  }
  globalThis.ResizeObserver = ResizeObserverStub;

  afterEach(() => {
    cleanup();
  });
}
