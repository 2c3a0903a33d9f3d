/**
 * The import page's working state: the source (pasted text or a file), the parse options the
 * user chose (columns, date order, plan), the parse in progress or its result, and the choices
 * made in the preview. Nothing here is stored until the user confirms.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping, ParseOptions, ParseResult } from '../../import/types';
import { NO_CHOICES, type ImportChoices } from './importPlan';
import { loadMapping, sameMapping, saveMapping } from './mappingMemory';
import { startParse, type ParseJob } from './parseClient';
import type { ParseFailure, ParseSource } from './runParse';

export type ImportStatus =
  | { phase: 'idle' }
  | { phase: 'parsing'; percent: number; stage: string }
  | { phase: 'failed'; failure: ParseFailure }
  | { phase: 'ready'; parse: ParseResult };

export interface SourceInfo {
  /** The file's name, or "Pasted text". */
  name: string;
  input: ParseSource;
}

export type OptionChanges = Omit<ParseOptions, 'columns'> & { columns?: ColumnMapping };

export interface ImportSession {
  source: SourceInfo | null;
  options: ParseOptions;
  status: ImportStatus;
  choices: ImportChoices;
  setChoices: (update: (c: ImportChoices) => ImportChoices) => void;
  /** Parses a new source from scratch. */
  open: (source: SourceInfo) => void;
  /** Parses the same source again with changed options (and remembers a CSV mapping). */
  reparse: (changes: OptionChanges) => void;
  reset: () => void;
}

export function useImportSession(): ImportSession {
  const [source, setSource] = useState<SourceInfo | null>(null);
  const [options, setOptions] = useState<ParseOptions>({});
  const [status, setStatus] = useState<ImportStatus>({ phase: 'idle' });
  const [choices, setChoicesState] = useState<ImportChoices>(NO_CHOICES);
  const job = useRef<ParseJob | null>(null);

  const start = useCallback(function start(
    next: SourceInfo,
    opts: ParseOptions,
    mappingChecked: boolean,
  ): void {
    job.current?.cancel();
    setSource(next);
    setOptions(opts);
    setChoicesState(NO_CHOICES);
    setStatus({ phase: 'parsing', percent: 0, stage: 'Starting' });
    const current = startParse(next.input, opts, (percent, stage) => {
      if (job.current === current) setStatus({ phase: 'parsing', percent, stage });
    });
    job.current = current;
    void current.promise.then(async (outcome) => {
      if (job.current !== current) return;
      if (!outcome.ok) {
        setStatus({ phase: 'failed', failure: outcome.failure });
        return;
      }
      const csv = outcome.result.csv;
      if (!mappingChecked && csv?.hasHeader && opts.columns === undefined) {
        const saved = await loadMapping(csv.header);
        if (job.current !== current) return;
        if (saved && !sameMapping(saved, csv.columns)) {
          start(next, { ...opts, columns: saved }, true);
          return;
        }
      }
      setStatus({ phase: 'ready', parse: outcome.result });
    });
  }, []);

  useEffect(() => () => job.current?.cancel(), []);

  const open = useCallback((next: SourceInfo) => start(next, {}, false), [start]);

  const reparse = useCallback(
    (changes: OptionChanges) => {
      if (!source) return;
      const header =
        status.phase === 'ready'
          ? status.parse.csv?.header
          : status.phase === 'failed'
            ? status.failure.csv?.header
            : undefined;
      const next = { ...options, ...changes };
      if (changes.columns && header && header.length > 0) {
        void saveMapping(header, changes.columns);
      }
      start(source, next, true);
    },
    [options, source, start, status],
  );

  const reset = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    setSource(null);
    setOptions({});
    setChoicesState(NO_CHOICES);
    setStatus({ phase: 'idle' });
  }, []);

  const setChoices = useCallback(
    (update: (c: ImportChoices) => ImportChoices) => setChoicesState(update),
    [],
  );

  return { source, options, status, choices, setChoices, open, reparse, reset };
}
