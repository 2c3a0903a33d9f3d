/**
 * Which of the formats a text is, from its first lines (shared/spec/import.md): this app's
 * CSV by its exact header; copied page text by the page's own lines or its shape; any other
 * delimited text is a CSV.
 */
import { isAppCsvHeader } from './appCsv';
import { isPageLine, LINE_BREAK } from './copied';
import { looksLikeDate } from './dateText';
import { ParseError } from './errors';
import type { HistoryFormat } from './types';
import { looksLikeAmount } from './values';

/** Enough lines to see the shape; the rest of a big file does not change the answer. */
const SNIFF_LINES = 60;

const PLATFORM_HEADER = ['action', 'connects', 'date', 'details'].join();

function firstLines(text: string): string[] {
  return text
    .slice(0, 256 * 1024)
    .split(LINE_BREAK, SNIFF_LINES * 4)
    .filter((line) => line.trim() !== '')
    .slice(0, SNIFF_LINES);
}

export function detectFormat(text: string): HistoryFormat {
  const lines = firstLines(text);
  const first = lines[0];
  if (first === undefined) throw new ParseError('the file is empty');
  const start = first.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    throw new ParseError('this is a JSON file, not a history: restore it as a backup instead');
  }
  if (isAppCsvHeader(first.split(','))) return 'app-csv';
  const hasTabRows = lines.some((l) => l.split('\t').length >= 3);
  if (lines.some(isPageLine)) return hasTabRows ? 'copied-rows' : 'copied-blocks';
  if (first.includes('\t')) {
    const cells = first.split('\t').map((c) => c.trim());
    const header = cells
      .map((c) => c.toLowerCase())
      .sort()
      .join();
    if (header === PLATFORM_HEADER || cells.some(looksLikeDate)) return 'copied-rows';
    return 'csv';
  }
  // One cell per line: many lines are a date or an amount on their own.
  const lone = lines.filter((l) => looksLikeDate(l) || looksLikeAmount(l)).length;
  if (lone * 4 >= lines.length && lines.length >= 3) return 'copied-blocks';
  return 'csv';
}
