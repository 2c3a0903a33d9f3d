/**
 * Starts a parse: in a Web Worker where the browser has them, else on the main thread (jsdom,
 * very old browsers), with the same progress reports either way. Each job can be cancelled,
 * so a newer parse (another file, a changed mapping) never races an older one.
 */
import type { ParseOptions } from '../../import/types';
import { runParse, type ParseOutcome, type ParseSource, type ProgressFn } from './runParse';

export type WorkerReply =
  { kind: 'progress'; percent: number; stage: string } | { kind: 'done'; outcome: ParseOutcome };

export interface ParseJob {
  promise: Promise<ParseOutcome>;
  cancel: () => void;
}

function inMainThread(source: ParseSource, options: ParseOptions, progress: ProgressFn): ParseJob {
  let cancelled = false;
  // A tick first, so the progress bar shows before the parse takes the thread.
  const promise = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() =>
    runParse(source, options, (percent, stage) => {
      if (!cancelled) progress(percent, stage);
    }),
  );
  return {
    promise,
    cancel: () => {
      cancelled = true;
    },
  };
}

export function startParse(
  source: ParseSource,
  options: ParseOptions,
  progress: ProgressFn,
): ParseJob {
  if (typeof Worker === 'undefined') return inMainThread(source, options, progress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inMainThread(source, options, progress);
  }
  let heard = false;
  let fallback: ParseJob | null = null;
  const promise = new Promise<ParseOutcome>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      heard = true;
      const reply = event.data;
      if (reply.kind === 'progress') {
        progress(reply.percent, reply.stage);
        return;
      }
      worker.terminate();
      resolve(reply.outcome);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // The worker's script could not load (offline before it was ever fetched): parse here.
      if (!heard) {
        fallback = inMainThread(source, options, progress);
        resolve(fallback.promise);
        return;
      }
      resolve({
        ok: false,
        failure: { message: `the parser stopped (${event.message || 'an unexpected error'})` },
      });
    };
  });
  worker.postMessage({ source, options });
  return {
    promise,
    cancel: () => {
      worker.terminate();
      fallback?.cancel();
    },
  };
}
