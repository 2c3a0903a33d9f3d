import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/import/parseHistory';
import { readSample, SAMPLES } from './sampleFiles';

const HEADER = [
  'Connects History',
  'My balance',
  '108 Connects',
  'Date\tAction\tDetails\tConnects',
];
const full = readSample(SAMPLES.rows);
const dataLines = full.split('\n').slice(HEADER.length).filter(Boolean);
const page = (lines: readonly string[]): string => [...HEADER, ...lines].join('\n');
const keysOf = (text: string): string[] => parseHistory(text).events.map((e) => e.key);
const dayOf = (line: string): number => Date.parse(line.split('\t')[0] ?? '');

describe('keys', () => {
  it('the last 30 days, copied on their own, give a subset of the full file’s keys', () => {
    const recent = dataLines.filter((line) => dayOf(line) >= Date.parse('Oct 18, 2026'));
    expect(recent.length).toBeGreaterThan(10);
    expect(recent.length).toBeLessThan(dataLines.length);
    const all = new Set(keysOf(full));
    const subset = keysOf(page(recent));
    expect(subset.length).toBeGreaterThan(5);
    for (const key of subset) expect(all).toContain(key);
  });

  it('a page copied again later (new rows on top, also later the same day) keeps the old keys', () => {
    const later = [
      'Nov 20, 2026\tApplied to job\tLogo refresh for a bakery\t-12',
      'Nov 16, 2026\tApplied to job\tLogo refresh for a bakery\t-12',
      ...dataLines,
    ];
    const before = keysOf(full);
    const after = keysOf(page(later));
    expect(after).toHaveLength(before.length + 2);
    for (const key of before) expect(after).toContain(key);
    const added = after.filter((k) => !before.includes(k));
    expect(added).toEqual([
      '2026-11-16|applied to job|logo refresh for a bakery|-12|2',
      '2026-11-20|applied to job|logo refresh for a bakery|-12|1',
    ]);
  });

  it('identical rows in one file are separate events with different keys', () => {
    const text = page([
      'Oct 3, 2026\tBonus Connects\tRising Talent badge\t+30',
      'Oct 3, 2026\tBonus Connects\tRising Talent badge\t+30',
      'Oct 2, 2026\tBonus Connects\tRising Talent badge\t+30',
    ]);
    const { events } = parseHistory(text);
    expect(events).toHaveLength(3);
    expect(events.map((e) => e.key)).toEqual([
      '2026-10-02|bonus connects|rising talent badge|30|1',
      '2026-10-03|bonus connects|rising talent badge|30|1',
      '2026-10-03|bonus connects|rising talent badge|30|2',
    ]);
  });

  it('do not depend on the format, the sign style or the spacing of a row', () => {
    const csv =
      'Date,Action,Details,Connects\n2026-10-03,bonus  connects, Rising Talent badge ,30\n';
    const copied = page(['Oct 3, 2026\tBonus Connects\tRising Talent badge\t+30']);
    expect(keysOf(csv)).toEqual(keysOf(copied));
  });
});
