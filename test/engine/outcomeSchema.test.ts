import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runReplayCommand } from '../../src/cli/replayCommand';
import { validateSpendOutcome } from '../../src/engine/outcomes/validate';
import { replay } from '../../src/engine/replay';
import { parseScenario, scenarioInput } from '../../src/engine/scenario';
import type { AnyEvent } from '../../src/engine/types';
import { samplePath } from '../import/sampleFiles';
import { outcomeLedgerArb } from './outcomeArbitraries';

const messages = (spend: Parameters<typeof validateSpendOutcome>[0]): string[] =>
  validateSpendOutcome(spend).map((p) => p.message);

describe('validateSpendOutcome (forms and imports)', () => {
  it('accepts a proposal without outcome, a full outcome, and other kinds without one', () => {
    expect(messages({ date: '2026-01-05' })).toEqual([]);
    expect(
      messages({
        date: '2026-01-05',
        kind: 'proposal',
        outcome: {
          stage: 'hired',
          result: 'hired',
          decidedOn: '2026-01-05',
          earnedUsd: 1200.5,
          tags: ['python', 'x'.repeat(40)],
          signals: {
            hireRate: 100,
            paymentVerified: true,
            invited: false,
            proposals: '20 to 50',
            clientSpentUsd: 0,
            postedDays: 3,
            lastViewedDays: 0,
            interviewing: 2,
            hiredAlready: false,
            clearDescription: true,
          },
        },
      }),
    ).toEqual([]);
    expect(messages({ date: '2026-01-05', kind: 'availability-badge' })).toEqual([]);
  });

  it('names the field of each problem, all at once', () => {
    expect(messages({ date: '2026-01-05', outcome: { stage: 'viewed', earnedUsd: 5 } })).toEqual([
      'outcome.earnedUsd: only a hire has earnings',
    ]);
    expect(
      messages({
        date: '2026-01-05',
        outcome: {
          tags: ['', 'x'.repeat(41), 'ok'],
          signals: { hireRate: 120, interviewing: 1.5, paymentVerified: 'yes', colour: 'red' },
        },
      }),
    ).toEqual([
      'outcome.tags[0]: must not be empty',
      'outcome.tags[1]: too long: at most 40 characters',
      'outcome.signals.hireRate: must be 0–100',
      'outcome.signals.paymentVerified: expected true or false',
      'outcome.signals.interviewing: expected a whole number',
      'outcome.signals.colour: unknown field',
    ]);
    expect(messages({ date: '2026-01-05', outcome: { tags: Array(11).fill('a') } })).toEqual([
      'outcome.tags: at most 10 tags',
    ]);
  });

  it('checks stage, result and dates against each other', () => {
    expect(
      messages({ date: '2026-01-05', outcome: { stage: 'interview', result: 'hired' } }),
    ).toEqual(['outcome.result: a hire needs stage "hired"']);
    expect(messages({ date: '2026-01-05', outcome: { stage: 'hired', result: 'lost' } })).toEqual([
      'outcome.result: stage "hired" allows no result but "hired" (got "lost")',
    ]);
    expect(messages({ date: '2026-01-05', outcome: { decidedOn: '2026-01-04' } })).toEqual([
      "outcome.decidedOn: 2026-01-04 is before the proposal's date 2026-01-05",
    ]);
    expect(messages({ date: '2026-01-05', outcome: { decidedOn: '2026-02-30' } })).toEqual([
      'outcome.decidedOn: is not a date as YYYY-MM-DD',
    ]);
  });

  it('allows an outcome on proposals only, and known kinds only', () => {
    expect(messages({ date: '2026-01-05', kind: 'profile-boost', outcome: {} })).toEqual([
      'outcome: only a proposal has an outcome (kind is "profile-boost")',
    ]);
    const [problem] = validateSpendOutcome({ kind: 'gift' });
    expect(problem?.field).toBe('kind');
    expect(problem?.problem).toMatch(/must be one of "proposal", "profile-boost"/);
  });
});

const account = { plan: 'freelancer-plus', cycleDay: 1, start: '2026-01-01' };
const withSpend = (spend: Record<string, unknown>): unknown => ({
  era: 'no-cap-2023',
  account,
  events: [{ date: '2026-01-05', type: 'spend', connects: 4, ...spend }],
});
const fileError = (json: unknown): string => {
  try {
    parseScenario(json);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('scenario files with kinds and outcomes', () => {
  it('parse the shared sample with outcomes', () => {
    const scenario = parseScenario(
      JSON.parse(readFileSync(samplePath('sample-with-outcomes.json'), 'utf8')),
    );
    expect(scenario.events.filter((e) => e.type === 'spend')).toHaveLength(42);
  });

  it('take kind and outcome on spends', () => {
    const scenario = parseScenario(
      withSpend({ kind: 'proposal', outcome: { stage: 'viewed', tags: ['data'] } }),
    ) as { events: AnyEvent[] };
    expect(scenario.events[0]).toMatchObject({ kind: 'proposal', outcome: { stage: 'viewed' } });
    expect(fileError(withSpend({ kind: 'availability-badge' }))).toBe('no error');
  });

  it.each([
    [{ kind: 'badge' }, /^events\[0\]\.kind: "badge" is not one of "proposal"/],
    [
      { kind: 'profile-boost', outcome: { stage: 'sent' } },
      /^events\[0\]\.outcome: only a proposal has an outcome/,
    ],
    [{ outcome: { stge: 'sent' } }, /^events\[0\]\.outcome\.stge: unknown field$/],
    [
      { outcome: { signals: { hireRat: 5 } } },
      /^events\[0\]\.outcome\.signals\.hireRat: unknown field$/,
    ],
    [{ outcome: { earnedUsd: 10 } }, /^events\[0\]\.outcome\.earnedUsd: only a hire has earnings$/],
    [
      { outcome: { stage: 'hired', earnedUsd: -1 } },
      /^events\[0\]\.outcome\.earnedUsd: -1 must not be negative$/,
    ],
    [
      { outcome: { stage: 'hired', result: 'withdrawn' } },
      /^events\[0\]\.outcome\.result: stage "hired" allows no result/,
    ],
    [
      { outcome: { result: 'hired' } },
      /^events\[0\]\.outcome\.result: a hire needs stage "hired"$/,
    ],
    [{ outcome: { stage: 'won' } }, /^events\[0\]\.outcome\.stage: "won" is not one of/],
    [
      { outcome: { decidedOn: '2026-01-04' } },
      /^events\[0\]\.outcome\.decidedOn: 2026-01-04 is before/,
    ],
    [
      { outcome: { tags: ['a'.repeat(41)] } },
      /^events\[0\]\.outcome\.tags\[0\]: too long: at most 40 characters$/,
    ],
    [{ outcome: { tags: 'a' } }, /^events\[0\]\.outcome\.tags: expected array/],
    [
      { outcome: { signals: { hireRate: 101 } } },
      /^events\[0\]\.outcome\.signals\.hireRate: 101 must be 0–100$/,
    ],
    [
      { outcome: { signals: { postedDays: -2 } } },
      /^events\[0\]\.outcome\.signals\.postedDays: -2 must not be negative$/,
    ],
    [
      { outcome: { signals: { invited: 'no' } } },
      /^events\[0\]\.outcome\.signals\.invited: expected boolean/,
    ],
  ])('refuse %j, naming the field', (spend, message) => {
    expect(fileError(withSpend(spend))).toMatch(message);
  });

  it('leave the rules alone: outcomes and kinds change nothing the replay gives', () => {
    fc.assert(
      fc.property(outcomeLedgerArb, (input) => {
        const bare = {
          ...input,
          events: input.events.map((e) => {
            const { kind: _kind, outcome: _outcome, ...rest } = e as Record<string, unknown>;
            return rest as AnyEvent;
          }),
        };
        const a = replay(input);
        const b = replay(bare);
        expect(a.cycles).toEqual(b.cycles);
        expect(a.rejected).toEqual(b.rejected);
        expect(a.balances).toEqual(b.balances);
      }),
      { numRuns: 100 },
    );
  });

  it('replay as before through the replay command', () => {
    const result = runReplayCommand([samplePath('sample-with-outcomes.json')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { cycles: { start: string; refunded: number }[] };
    const direct = replay(
      scenarioInput(
        parseScenario(JSON.parse(readFileSync(samplePath('sample-with-outcomes.json'), 'utf8'))),
      ),
    );
    expect(out.cycles).toEqual(direct.cycles);
    expect(out.cycles.reduce((n, c) => n + c.refunded, 0)).toBe(18);
  });
});
