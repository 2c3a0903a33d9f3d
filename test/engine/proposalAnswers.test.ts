import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRates, proposalAnswers, rateWithInterval } from '../../src/engine/outcomes/answers';
import { figuresOf } from '../../src/engine/outcomes/figures';
import { openLongerThan, openProposals } from '../../src/engine/outcomes/open';
import { collectProposals, type ProposalRecord } from '../../src/engine/outcomes/proposals';
import { proposalStats } from '../../src/engine/outcomes/stats';
import { parseScenario, scenarioInput } from '../../src/engine/scenario';
import { formatPercent } from '../../src/engine/words';
import { samplePath } from '../import/sampleFiles';

const sample = scenarioInput(
  parseScenario(JSON.parse(readFileSync(samplePath('sample-with-outcomes.json'), 'utf8'))),
);

/** `considered` proposals, `interviews` of them with an interview, none cancelled. */
function set(considered: number, interviews: number, boost = 0): ProposalRecord[] {
  return Array.from({ length: considered }, (_, i) => ({
    index: i,
    date: '2026-01-01',
    day: 0,
    ref: `j${i}`,
    connects: 8,
    boost,
    spent: 8 + boost,
    refunded: 0,
    stage: i < interviews ? 'interview' : 'sent',
    stageRank: i < interviews ? 2 : 0,
    result: 'open',
    earnedUsd: 0,
    tags: [],
    signals: {},
    cycle: 0,
    pricePerConnectUsd: 0.15,
  }));
}

describe('the answers in words', () => {
  it('say what the sample bought, as the samples README has it', () => {
    const answers = proposalAnswers(proposalStats(sample));
    const text = Object.fromEntries(answers.map((a) => [a.key, a.text]));
    expect(text.cost).toBe(
      'A hire cost you 211 Connects ($31.60); an interview, 79 Connects: 632 Connects ($94.80) for 3 hires and 8 interviews.',
    );
    expect(text.boost).toBe(
      'Boosted proposals led to an interview 19% of the time (4 of 21), the others 21% (4 of 19): too close to tell apart.',
    );
    expect(text.return).toBe(
      'Your 3 hires earned $1,950.00: $20.57 for each $1 of Connects ($94.80 in all).',
    );
    expect(text.funnel).toContain('8 led to an interview: 20% (8 of 40; 95% interval 10%–35%)');
    expect(text.funnel).toContain('11 proposals are still open.');
  });

  it('say "too few to tell" beside a rate of fewer than 10 considered proposals', () => {
    const few = figuresOf(set(5, 3));
    expect(rateWithInterval(few, 'interview')).toBe('60% (3 of 5): too few to tell');
    const enough = figuresOf(set(10, 3));
    expect(rateWithInterval(enough, 'interview')).toMatch(
      /^30% \(3 of 10; 95% interval \d+%–\d+%\)$/,
    );
    expect(rateWithInterval(figuresOf([]), 'hire')).toBe('no proposal to tell from');
  });

  it('tell two rates apart only when their 95% intervals do not overlap', () => {
    expect(compareRates(figuresOf(set(9, 9)), figuresOf(set(50, 0)), 'interview')).toBe('too-few');
    expect(compareRates(figuresOf(set(21, 4)), figuresOf(set(19, 4)), 'interview')).toBe(
      'too-close',
    );
    expect(compareRates(figuresOf(set(40, 30)), figuresOf(set(40, 4)), 'interview')).toBe('higher');
    expect(compareRates(figuresOf(set(40, 4)), figuresOf(set(40, 30)), 'interview')).toBe('lower');
    const boosted = [...set(40, 30, 5)];
    const others = set(40, 4).map((p) => ({ ...p, index: p.index + 100 }));
    const [, , boost] = proposalAnswers({
      ...proposalStats({ account: sample.account, events: [] }),
      overall: figuresOf([...boosted, ...others]),
      boosted: figuresOf(boosted),
      notBoosted: figuresOf(others),
    });
    expect(boost?.text).toBe(
      'Boosted proposals led to an interview 75% of the time (30 of 40), the others 10% (4 of 40): boosting paid off (the 95% intervals do not overlap).',
    );
  });

  it('never give a lone percentage for a side under 10 considered', () => {
    const boosted = set(4, 1, 5);
    const others = set(30, 6).map((p) => ({ ...p, index: p.index + 100 }));
    const answers = proposalAnswers({
      ...proposalStats({ account: sample.account, events: [] }),
      overall: figuresOf([...boosted, ...others]),
      boosted: figuresOf(boosted),
      notBoosted: figuresOf(others),
    });
    expect(answers.find((a) => a.key === 'boost')?.text).toBe(
      'Boosted proposals led to an interview 25% of the time (1 of 4), the others 20% (6 of 30): too few to tell.',
    );
  });

  it('say there is nothing to tell when the range holds no proposal', () => {
    expect(proposalAnswers(proposalStats(sample, { from: '2030-01-01' }))).toEqual([
      { key: 'none', text: 'No proposals in this range.' },
    ]);
  });

  it('ask for earnings when hires have none recorded', () => {
    const hired = set(10, 2).map((p, i) =>
      i === 0 ? { ...p, stage: 'hired' as const, stageRank: 3, result: 'hired' as const } : p,
    );
    const f = figuresOf(hired);
    const answers = proposalAnswers({
      ...proposalStats({ account: sample.account, events: [] }),
      overall: f,
      boosted: figuresOf([]),
      notBoosted: f,
    });
    expect(answers.map((a) => a.key)).toEqual(['cost', 'funnel', 'boost', 'return']);
    expect(answers[3]?.text).toMatch(/^No earnings are recorded for your 1 hire/);
    expect(answers[2]?.text).toBe('You boosted no proposal here: nothing to compare.');
  });

  it('formats a percentage whole from 10% up, to a tenth below', () => {
    expect(formatPercent(0.190476)).toBe('19%');
    expect(formatPercent(0.075)).toBe('7.5%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
  });
});

describe('open proposals', () => {
  it('lists the open ones of the sample oldest first, with their age in days', () => {
    const open = openProposals(collectProposals(sample).proposals, '2026-12-04');
    expect(open).toHaveLength(11);
    expect(open[0]).toMatchObject({
      date: '2026-09-30',
      ageDays: 65,
      stage: 'interview',
      ref: 'Technical writer: API docs',
    });
    expect(open.map((p) => p.date)).toEqual([...open.map((p) => p.date)].sort());
    expect(openLongerThan(open, 30).map((p) => p.ageDays)).toEqual([65, 51, 31]);
  });
});
