import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEra, type Era } from '../../src/engine/eras';
import { collectProposals } from '../../src/engine/outcomes/proposals';
import { pricePerConnect } from '../../src/engine/outcomes/price';
import { proposalStats, statsOfProposals } from '../../src/engine/outcomes/stats';
import { wilsonInterval } from '../../src/engine/outcomes/wilson';
import { replay, type ReplayInput } from '../../src/engine/replay';
import { parseScenario, scenarioInput } from '../../src/engine/scenario';
import type { AnyEvent } from '../../src/engine/types';
import { samplePath } from '../import/sampleFiles';
import { expectSampleReadmeFigures } from '../fixtures/sampleFigures';

/** Freelancer Plus under no-cap-2023: 100 Connects each cycle, $0.15 each. */
const ledger = (events: AnyEvent[], until?: string): ReplayInput => ({
  account: { plan: 'freelancer-plus', cycleDay: 1, start: '2024-01-01' },
  era: 'no-cap-2023',
  events,
  ...(until ? { until } : {}),
});

const worked = ledger([
  // 0: fully refunded later (by a refund of "the rest"): cancelled, though it was viewed.
  {
    date: '2024-01-02',
    type: 'spend',
    connects: 8,
    boost: 4,
    ref: 'a',
    outcome: { stage: 'viewed', tags: ['react'] },
  },
  // 1: partly refunded in the next cycle: still considered, open.
  {
    date: '2024-01-03',
    type: 'spend',
    connects: 10,
    ref: 'b',
    outcome: { stage: 'interview', signals: { hireRate: 30, paymentVerified: true } },
  },
  // 2: a hire with earnings.
  {
    date: '2024-01-04',
    type: 'spend',
    connects: 16,
    ref: 'd',
    outcome: {
      stage: 'hired',
      earnedUsd: 500,
      tags: ['react', 'api'],
      signals: { hireRate: 80, paymentVerified: true },
    },
  },
  // 3: not a proposal.
  { date: '2024-01-05', type: 'spend', connects: 20, kind: 'profile-boost' },
  // 4: rejected (42 held): never sent.
  { date: '2024-01-06', type: 'spend', connects: 500, ref: 'x', outcome: { stage: 'hired' } },
  { date: '2024-01-10', type: 'refund', ref: 'a' },
  { date: '2024-02-03', type: 'refund', ref: 'b', connects: 4 },
  { date: '2024-02-05', type: 'spend', connects: 2, ref: 'e', outcome: { result: 'withdrawn' } },
]);

describe('proposal statistics, worked by hand', () => {
  it('infers a cancelled proposal from a full refund, not from a partial one', () => {
    const { proposals } = collectProposals(worked);
    expect(proposals.map((p) => [p.ref, p.refunded, p.result])).toEqual([
      ['a', 12, 'cancelled'],
      ['b', 4, 'open'],
      ['d', 0, 'hired'],
      ['e', 0, 'withdrawn'],
    ]);
  });

  it('counts only applied proposals, and every figure of §3', () => {
    const { overall } = proposalStats(worked);
    expect(overall).toEqual({
      sent: 4,
      cancelled: 1,
      considered: 3,
      viewed: 2,
      interviews: 2,
      hires: 1,
      open: 1,
      lost: 0,
      withdrawn: 1,
      viewedRate: 2 / 3,
      interviewRate: 2 / 3,
      hireRate: 1 / 3,
      interviewRateCi: wilsonInterval(2, 3),
      hireRateCi: wilsonInterval(1, 3),
      spent: 40,
      refunded: 16,
      net: 24,
      usd: 3.6,
      connectsPerInterview: 12,
      connectsPerHire: 24,
      usdPerHire: 3.6,
      earnedUsd: 500,
      returnPerUsd: 500 / 3.6,
      tooFewToTell: true,
    });
  });

  it('splits the proposals into the groups of §3.1, leaving empty groups out', () => {
    const stats = proposalStats(worked);
    expect(stats.boosted).toMatchObject({ sent: 1, cancelled: 1, considered: 0 });
    expect(stats.notBoosted).toMatchObject({ sent: 3, interviews: 2, hires: 1 });
    const sent = (groups: Record<string, { sent: number }>) =>
      Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v.sent]));
    expect(sent(stats.byConnects)).toEqual({ '1-4': 1, '5-8': 1, '9-12': 1, '13-16': 1 });
    expect(Object.keys(stats.byConnects)).toEqual(['1-4', '5-8', '9-12', '13-16']);
    expect(sent(stats.byTag)).toEqual({ api: 1, react: 2, untagged: 2 });
    expect(Object.keys(stats.byTag)).toEqual(['api', 'react', 'untagged']);
    expect(sent(stats.byPaymentVerified)).toEqual({ yes: 2, unknown: 2 });
    expect(sent(stats.byHireRate)).toEqual({ 'under-50': 1, '50-plus': 1, unknown: 2 });
    expect(stats.byCycle.map((c) => [c.start, c.sent])).toEqual([
      ['2024-01-01', 3],
      ['2024-02-01', 1],
    ]);
  });

  it('keeps the proposals dated in a range, with refunds dated after it, and every cycle', () => {
    const stats = proposalStats(worked, { to: '2024-01-31' });
    expect(stats.overall).toMatchObject({ sent: 3, refunded: 16, net: 22, withdrawn: 0 });
    expect(stats.byCycle.map((c) => [c.start, c.sent])).toEqual([
      ['2024-01-01', 3],
      ['2024-02-01', 0],
    ]);
    expect(proposalStats(worked, { from: '2024-01-03', to: '2024-01-03' }).overall).toMatchObject({
      sent: 1,
      interviews: 1,
      refunded: 4,
    });
  });

  it('gives null rates, intervals and ratios for a set with nothing considered', () => {
    const stats = proposalStats(
      ledger([
        { date: '2024-01-02', type: 'spend', connects: 6, ref: 'a' },
        { date: '2024-01-03', type: 'refund', ref: 'a' },
      ]),
    );
    expect(stats.overall).toMatchObject({
      sent: 1,
      cancelled: 1,
      considered: 0,
      viewedRate: null,
      interviewRate: null,
      hireRate: null,
      interviewRateCi: null,
      hireRateCi: null,
      net: 0,
      usd: 0,
      connectsPerInterview: null,
      connectsPerHire: null,
      usdPerHire: null,
      returnPerUsd: null,
    });
    expect(stats.boosted).toMatchObject({ sent: 0, considered: 0, interviewRate: null });
  });

  it('matches a refund to the latest spend with its ref, and treats a free proposal as never cancelled', () => {
    const { proposals } = collectProposals(
      ledger([
        { date: '2024-01-02', type: 'spend', connects: 6, ref: 'j' },
        { date: '2024-01-03', type: 'spend', connects: 4, ref: 'j' },
        { date: '2024-01-04', type: 'refund', ref: 'j' },
        { date: '2024-01-05', type: 'spend', connects: 0, ref: 'free' },
      ]),
    );
    expect(proposals.map((p) => [p.index, p.refunded, p.result])).toEqual([
      [0, 0, 'open'],
      [1, 4, 'cancelled'],
      [3, 0, 'open'],
    ]);
  });
});

describe('the price of a Connect (§3)', () => {
  const classic = findEra('classic') as Era;
  it("is the plan's price, else the lowest a plan of the era can buy at, else 0", () => {
    expect(pricePerConnect(findEra('no-cap-2023') as Era, 'freelancer-basic')).toBe(0.15);
    expect(pricePerConnect(classic, 'freelancer-plus')).toBe(1);
    expect(pricePerConnect(classic, 'freelancer-basic')).toBe(1);
    const cheap: Era = {
      ...classic,
      id: 'cheap',
      plans: {
        ...classic.plans,
        'agency-plus': {
          ...(classic.plans['agency-plus'] as Era['plans'][string]),
          pricePerConnectUsd: 0.4,
        },
      },
    };
    expect(pricePerConnect(cheap, 'freelancer-basic')).toBe(0.4);
    const none: Era = {
      ...classic,
      id: 'none',
      plans: { 'freelancer-basic': classic.plans['freelancer-basic'] as Era['plans'][string] },
    };
    expect(pricePerConnect(none, 'freelancer-basic')).toBe(0);
  });

  it("values each proposal at the price of its cycle's plan and era", () => {
    // Classic Basic cannot buy: valued at $1.00, the price of the plans that can.
    const stats = proposalStats({
      account: { plan: 'freelancer-basic', cycleDay: 1, start: '2019-03-01' },
      era: 'auto',
      events: [
        { date: '2019-03-05', type: 'spend', connects: 2 },
        { date: '2019-05-05', type: 'spend', connects: 4 },
        { date: '2019-05-06', type: 'bonus', reason: 'promo', connects: 10 },
      ],
    });
    expect(stats.byCycle.map((c) => [c.start, c.usd])).toEqual([
      ['2019-03-01', 2],
      ['2019-04-01', 0],
      ['2019-05-01', 0.6],
    ]);
    expect(stats.overall.usd).toBe(2.6);
  });
});

describe('the Wilson interval', () => {
  // Newcombe (1998), Statistics in Medicine 17:857–872, table I, method 3.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i is [%f, %f]', (k, n, low, high) => {
    const [l, h] = wilsonInterval(k, n) as [number, number];
    expect(l).toBeCloseTo(low, 4);
    expect(h).toBeCloseTo(high, 4);
  });
  it('is null with no trials, and [x, 1] when every trial succeeds', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(5, 5)?.[1]).toBe(1);
  });
});

describe('the sample with outcomes (samples/README.md)', () => {
  const scenario = parseScenario(
    JSON.parse(readFileSync(samplePath('sample-with-outcomes.json'), 'utf8')),
  );
  const input = scenarioInput(scenario);

  it('gives the figures the README lists', () => {
    const stats = proposalStats(input);
    expectSampleReadmeFigures(stats);
  });

  it('lists every cycle of the replay, and the same figures from collected proposals', () => {
    const replayed = replay(input);
    const stats = proposalStats(input, {}, replayed);
    expect(stats.byCycle.map((c) => c.start)).toEqual(replayed.cycles.map((c) => c.start));
    expect(stats.byCycle.reduce((n, c) => n + c.sent, 0)).toBe(42);
    expect(statsOfProposals(collectProposals(input, replayed))).toEqual(stats);
  });
});
