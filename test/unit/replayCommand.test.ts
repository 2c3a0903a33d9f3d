import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReplayCommand } from '../../src/cli/replayCommand';
import { SCENARIO_DIR } from '../engine/scenarioFiles';

const dir = mkdtempSync(join(tmpdir(), 'replay-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const valid = {
  era: 'classic',
  account: { plan: 'freelancer-basic', cycleDay: 5, start: '2018-03-05' },
  events: [{ date: '2018-03-09', type: 'spend', connects: 2 }],
};
const variant = (change: (s: Record<string, unknown> & typeof valid) => void): string => {
  const copy = structuredClone(valid) as Record<string, unknown> & typeof valid;
  change(copy);
  return JSON.stringify(copy);
};

describe('replay command', () => {
  it('prints every statement field in the contract order', () => {
    const result = runReplayCommand([write('ok.json', JSON.stringify(valid))]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      cycles: Record<string, unknown>[];
      rejected: unknown[];
      warnings: unknown[];
    };
    expect(Object.keys(out)).toEqual(['cycles', 'rejected', 'warnings']);
    expect(Object.keys(out.cycles[0] ?? {})).toEqual([
      'start',
      'end',
      'plan',
      'era',
      'carriedIn',
      'expired',
      'allotment',
      'opening',
      'purchased',
      'bonus',
      'refunded',
      'adjusted',
      'spent',
      'lapsed',
      'closing',
      'costUsd',
    ]);
    expect(out.cycles[0]).toMatchObject({ opening: 60, spent: 2, closing: 58 });
  });

  const invalid: [string, string, RegExp][] = [
    ['bad JSON', '{"account": ', /bad JSON/],
    [
      'an impossible date',
      variant((s) => {
        s.events[0]!.date = '2018-02-30';
      }),
      /events\[0\]\.date: "2018-02-30" is not a real calendar date/,
    ],
    [
      'a missing field',
      variant((s) => {
        delete (s.account as Partial<typeof s.account>).cycleDay;
      }),
      /account\.cycleDay: missing field/,
    ],
    [
      'an unknown field',
      variant((s) => {
        (s.events[0] as Record<string, unknown>).conects = 2;
      }),
      /events\[0\]\.conects: unknown field/,
    ],
    [
      'a start that is not a cycle start',
      variant((s) => {
        s.account.start = '2018-03-06';
      }),
      /account\.start: 2018-03-06 is not a cycle start for cycle day 5/,
    ],
    [
      'an unknown era',
      variant((s) => {
        s.era = 'golden-age';
      }),
      /era: unknown era "golden-age"/,
    ],
    [
      'an unknown plan',
      variant((s) => {
        s.account.plan = 'freelancer-gold';
      }),
      /account\.plan: unknown plan "freelancer-gold"/,
    ],
    [
      'a negative amount',
      variant((s) => {
        s.events[0]!.connects = -2;
      }),
      /events\[0\]\.connects: -2 must not be negative/,
    ],
    [
      'a fractional amount',
      variant((s) => {
        s.events[0]!.connects = 1.5;
      }),
      /events\[0\]\.connects: expected a whole number/,
    ],
    [
      'an unknown bonus reason',
      JSON.stringify({
        ...valid,
        events: [{ date: '2018-03-09', type: 'bonus', reason: 'luck', connects: 1 }],
      }),
      /events\[0\]\.reason: "luck" is not one of/,
    ],
    [
      'an event that is not an object',
      JSON.stringify({ ...valid, events: [3] }),
      /events\[0\]: expected an event object/,
    ],
  ];
  it.each(invalid)(
    'exits 2 with one line naming the file and field for %s',
    (_what, content, message) => {
      const file = write('bad.json', content);
      const result = runReplayCommand([file]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr.startsWith(`${file}: `)).toBe(true);
      expect(result.stderr).toMatch(message);
    },
  );

  it('rejects an unknown event type in the replay, not as a file error', () => {
    const file = write(
      'gift.json',
      JSON.stringify({ ...valid, events: [{ type: 'gift', whatever: true }] }),
    );
    const result = runReplayCommand([file]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).rejected).toEqual([{ index: 0, code: 'unknown-type' }]);
  });

  it('works as the npm script, with exit status 2 on a bad file', () => {
    const root = resolve(import.meta.dirname, '../..');
    const ok = execFileSync(
      'npm',
      ['run', '--silent', 'replay', '--', join(SCENARIO_DIR, 'seed-plus-over-cap.json')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(JSON.parse(ok).cycles[1]).toMatchObject({ carriedIn: 140, expired: 30, opening: 210 });
    const bad = spawnSync('npm', ['run', '--silent', 'replay', '--', write('b.json', '[]')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/b\.json: expected object/);
  }, 30_000);
});
