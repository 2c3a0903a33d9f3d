/**
 * The benchmarks' figures as `npm run bench -- --write` puts them in docs/performance.md:
 * between two markers, so the text around them stays as written and no figure is typed by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { ROOT } from './builtApp';

const DOC = `${ROOT}/docs/performance.md`;
const BEGIN = '<!-- figures:begin (written by `npm run bench -- --write`) -->';
const END = '<!-- figures:end -->';

/** Targets from the issues, by figure name; a ratio compares two figures of the same run. */
export const TARGETS: Record<string, string> = {
  'replay-1M-events': '≤ 250 ms',
  'import-100k-parse': '≤ 1,000 ms',
  'compare-history-5k': '≤ 50 ms',
  'break-even-curve': '≤ 50 ms',
  'first-screen-js-gzip': '≤ 200 KB',
  'dashboard-render-50k': '≤ 200 ms',
  'dashboard-render-50k-sw': '≤ 1.1 × dashboard-render-50k',
  'proposal-stats-50k': '≤ 50 ms',
  'proposals-render-50k': '≤ 1.25 × dashboard-render-50k',
  'proposals-render-ratio': '≤ 1.25',
  'import-100k-commit': '≤ 3,000 ms',
};

function table(lines: readonly string[]): string {
  const rows = lines.map((line) => {
    const [name = line, value = ''] = line.split(/:\s+/, 2);
    return `| \`${name}\` | ${value} | ${TARGETS[name] ?? ''} |`;
  });
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const when = new Date().toISOString().slice(0, 10);
  return [
    `Last written on ${when}, on ${cpus().length} × ${cpu.trim()}, Node ${process.version}.`,
    '',
    '| figure | measured | target |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** Replaces the figures between the markers of docs/performance.md with these. */
export function writeFigures(lines: readonly string[]): void {
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} has no figures markers`);
  const next = `${doc.slice(0, start + BEGIN.length)}\n${table(lines)}\n${doc.slice(end)}`;
  writeFileSync(DOC, next);
}
