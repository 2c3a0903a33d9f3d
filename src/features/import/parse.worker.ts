/** Parses a history off the main thread, so a 100,000-row file never freezes the page. */
import type { ParseOptions } from '../../import/types';
import { runParse, type ParseSource } from './runParse';
import type { WorkerReply } from './parseClient';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ source: ParseSource; options: ParseOptions }>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { source, options } = event.data;
  void runParse(source, options, (percent, stage) =>
    scope.postMessage({ kind: 'progress', percent, stage }),
  ).then((outcome) => scope.postMessage({ kind: 'done', outcome }));
};
