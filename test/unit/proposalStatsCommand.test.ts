import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runProposalStatsCommand } from '../../src/cli/proposalStatsCommand';
import { toBackupJson } from '../../src/import/backup';
import { samplePath } from '../import/sampleFiles';

const dir = mkdtempSync(join(tmpdir(), 'proposal-stats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const SAMPLE = samplePath('sample-with-outcomes.json');

const FIGURES = [
  'sent',
  'cancelled',
  'considered',
  'viewed',
  'interviews',
  'hires',
  'open',
  'lost',
  'withdrawn',
  'viewedRate',
  'interviewRate',
  'hireRate',
  'interviewRateCi',
  'hireRateCi',
  'spent',
  'refunded',
  'net',
  'usd',
  'connectsPerInterview',
  'connectsPerHire',
  'usdPerHire',
  'earnedUsd',
  'returnPerUsd',
];

type Figures = Record<string, unknown>;
interface Output {
  overall: Figures;
  boosted: Figures;
  notBoosted: Figures;
  byConnects: Record<string, Figures>;
  byTag: Record<string, Figures>;
  byPaymentVerified: Record<string, Figures>;
  byHireRate: Record<string, Figures>;
  byCycle: Figures[];
}

const run = (...argv: string[]): Output => {
  const result = runProposalStatsCommand(argv);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Output;
};

describe('proposal-stats command', () => {
  it('prints one object with every figure of §3 in every group', () => {
    const out = run(SAMPLE);
    expect(Object.keys(out)).toEqual([
      'overall',
      'boosted',
      'notBoosted',
      'byConnects',
      'byTag',
      'byPaymentVerified',
      'byHireRate',
      'byCycle',
    ]);
    const sets = [
      out.overall,
      out.boosted,
      out.notBoosted,
      ...Object.values(out.byConnects),
      ...Object.values(out.byTag),
      ...Object.values(out.byPaymentVerified),
      ...Object.values(out.byHireRate),
    ];
    for (const set of sets) expect(Object.keys(set)).toEqual(FIGURES);
    for (const cycle of out.byCycle) expect(Object.keys(cycle)).toEqual(['start', ...FIGURES]);
    expect(out.overall).toMatchObject({
      sent: 42,
      cancelled: 2,
      considered: 40,
      interviews: 8,
      hires: 3,
      net: 632,
      usd: 94.8,
      usdPerHire: 31.6,
      earnedUsd: 1950,
    });
    expect(out.byCycle.map((c) => c.start)).toEqual([
      '2026-08-10',
      '2026-09-10',
      '2026-10-10',
      '2026-11-10',
    ]);
    expect(Object.keys(out.byPaymentVerified)).toEqual(['yes', 'no', 'unknown']);
  });

  it('keeps the proposals of a range, and every cycle', () => {
    const all = run(SAMPLE);
    const september = run(SAMPLE, '--from', '2026-09-10', '--to=2026-10-09');
    const { start: _start, ...cycle } = all.byCycle[1] as Figures;
    expect(september.overall).toEqual(cycle);
    expect(september.byCycle.map((c) => c.sent)).toEqual([0, all.byCycle[1]?.sent, 0, 0]);
    // Six proposals from 1 to 9 November (samples/proposal-outcomes.csv), then the last cycle's.
    expect(run(SAMPLE, '--from', '2026-11-01').overall.sent).toBe(
      (all.byCycle[3]?.sent as number) + 6,
    );
  });

  it('reads the app backup as well', () => {
    const scenario = JSON.parse(readFileSync(SAMPLE, 'utf8')) as {
      account: { plan: string; cycleDay: number; start: string; startingBalance: number };
      events: Record<string, unknown>[];
    };
    const backup = write(
      'backup.json',
      toBackupJson({
        account: { ...scenario.account, era: 'auto' },
        entries: scenario.events.map((e, order) => ({ ...e, order }) as never),
        batches: [],
        customEras: [],
      }),
    );
    expect(run(backup)).toEqual(run(SAMPLE));
  });

  const bad: [string, () => string[], RegExp][] = [
    ['no file', () => [], /^usage: npm run --silent proposal-stats/],
    [
      'a missing file',
      () => [join(dir, 'none.json')],
      /none\.json: cannot read the file \(ENOENT\)/,
    ],
    ['bad JSON', () => [write('bad.json', '{')], /bad\.json: bad JSON/],
    [
      'an invalid outcome',
      () => [
        write(
          'outcome.json',
          JSON.stringify({
            era: 'no-cap-2023',
            account: { plan: 'freelancer-plus', cycleDay: 1, start: '2026-01-01' },
            events: [
              {
                date: '2026-01-02',
                type: 'spend',
                connects: 2,
                outcome: { stage: 'sent', earnedUsd: 3 },
              },
            ],
          }),
        ),
      ],
      /outcome\.json: events\[0\]\.outcome\.earnedUsd: only a hire has earnings/,
    ],
    [
      'an invalid backup',
      () => [write('b.json', JSON.stringify({ app: 'connects-budget', version: 1 }))],
      /b\.json: exportedAt: missing field/,
    ],
    ['a bad date', () => [SAMPLE, '--from', '2026-02-30'], /^--from: "2026-02-30" is not a date/],
    ['a missing date', () => [SAMPLE, '--to'], /^--to needs a date/],
    ['an unknown option', () => [SAMPLE, '--since', 'x'], /^unknown option --since/],
    ['a range backwards', () => [SAMPLE, '--from', '2026-10-01', '--to', '2026-09-01'], /is after/],
    ['two files', () => [SAMPLE, SAMPLE], /^usage:/],
  ];
  it.each(bad)('exits 2 with one line on standard error for %s', (_what, argv, message) => {
    const result = runProposalStatsCommand(argv());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('works as the npm script, with exit status 2 on a bad file', () => {
    const root = resolve(import.meta.dirname, '../..');
    const ok = execFileSync(
      'npm',
      ['run', '--silent', 'proposal-stats', '--', SAMPLE, '--to', '2026-09-09'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(JSON.parse(ok).overall.sent).toBe(13);
    const badFile = spawnSync(
      'npm',
      ['run', '--silent', 'proposal-stats', '--', write('arr.json', '[]')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(badFile.status).toBe(2);
    expect(badFile.stdout).toBe('');
    expect(badFile.stderr).toMatch(/arr\.json: expected object/);
  }, 30_000);
});
