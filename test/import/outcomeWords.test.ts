import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectProposals } from '../../src/engine/outcomes/proposals';
import type { Outcome } from '../../src/engine/outcomes/types';
import { parseScenario, scenarioInput } from '../../src/engine/scenario';
import {
  readEarned,
  readHireRate,
  readPaymentVerified,
  readTags,
} from '../../src/import/outcomeCells';
import { readStatus, stageOfWord } from '../../src/import/outcomeWords';
import { readSample, samplePath } from './sampleFiles';

describe('status words (outcomes.md §6)', () => {
  // The contract's table, written out here rather than read from the rules' data.
  const fixed: [string, string, string][] = [
    ['Submitted', 'sent', 'open'],
    ['Sent', 'sent', 'open'],
    ['Active', 'sent', 'open'],
    ['Viewed', 'viewed', 'open'],
    ['Interviewing', 'interview', 'open'],
    ['Interview', 'interview', 'open'],
    ['Messaged', 'interview', 'open'],
    ['Offer', 'interview', 'open'],
    ['Hired', 'hired', 'hired'],
    ['Won', 'hired', 'hired'],
    ['Contract', 'hired', 'hired'],
  ];
  it.each(fixed)('%s is stage %s, result %s, in any case', (word, stage, result) => {
    for (const w of [word, word.toUpperCase(), ` ${word.toLowerCase()} `]) {
      expect(readStatus({ status: w })).toEqual({ ok: true, stage, result });
      // The word decides the stage; the Stage column does not override it.
      expect(readStatus({ status: w, stage: 'Sent' })).toEqual({ ok: true, stage, result });
    }
  });

  const fromStage: [string, string][] = [
    ['Declined', 'lost'],
    ['Not hired', 'lost'],
    ['Lost', 'lost'],
    ['Archived', 'lost'],
    ['Rejected', 'lost'],
    ['Withdrawn', 'withdrawn'],
    ['Job closed', 'cancelled'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['Closed', 'cancelled'],
  ];
  it.each(fromStage)('%s is result %s at the Stage column, else sent', (word, result) => {
    expect(readStatus({ status: word })).toEqual({ ok: true, stage: 'sent', result });
    expect(readStatus({ status: word.toUpperCase(), stage: 'viewed' })).toEqual({
      ok: true,
      stage: 'viewed',
      result,
    });
    expect(readStatus({ status: word, stage: 'Interviewing' })).toEqual({
      ok: true,
      stage: 'interview',
      result,
    });
    expect(readStatus({ status: word, stage: 'Hired' })).toMatchObject({
      ok: false,
      field: 'stage',
    });
  });

  it('reads a Stage column alone, blanks as nothing, and refuses unknown words', () => {
    expect(readStatus({ stage: 'Interview' })).toEqual({ ok: true, stage: 'interview' });
    expect(readStatus({ status: '  ', stage: '' })).toEqual({ ok: true });
    expect(readStatus({})).toEqual({ ok: true });
    expect(readStatus({ status: 'Ghosted' })).toMatchObject({
      ok: false,
      field: 'status',
      message: expect.stringMatching(/^"Ghosted" is not a status word/),
    });
    expect(readStatus({ status: 'Lost', stage: 'Maybe' })).toMatchObject({
      ok: false,
      field: 'stage',
      message: expect.stringMatching(/^"Maybe" is not a stage/),
    });
    expect(stageOfWord('HIRED')).toBe('hired');
    expect(stageOfWord('declined')).toBeUndefined();
  });
});

describe('outcome cells', () => {
  it('reads Earned in dollars, with a sign, commas or a unit', () => {
    expect(readEarned('$1,200.00')).toEqual({ ok: true, value: 1200 });
    expect(readEarned('450')).toEqual({ ok: true, value: 450 });
    expect(readEarned(' 300.5 USD ')).toEqual({ ok: true, value: 300.5 });
    expect(readEarned('US$ 12,345.67')).toEqual({ ok: true, value: 12345.67 });
    expect(readEarned('')).toEqual({ ok: true, value: undefined });
    expect(readEarned('-5')).toMatchObject({ ok: false });
    expect(readEarned('1,20')).toMatchObject({ ok: false });
    expect(readEarned('lots')).toEqual({
      ok: false,
      message: '"lots" is not an amount of dollars',
    });
  });

  it('reads Earned up to the limit a backup or a form has, and names the limit past it', () => {
    expect(readEarned('$10,000,000.00')).toEqual({ ok: true, value: 10_000_000 });
    expect(readEarned('10000000.01')).toEqual({
      ok: false,
      message: 'too large: at most 10,000,000',
      overLimit: true,
    });
    expect(readEarned('9'.repeat(400))).toMatchObject({ ok: false, overLimit: true });
  });

  it('splits Tags on commas and semicolons, trimmed, each once', () => {
    expect(readTags('python, scraping; data')).toEqual({
      ok: true,
      value: ['python', 'scraping', 'data'],
    });
    expect(readTags(' react ;; react, ')).toEqual({ ok: true, value: ['react'] });
    expect(readTags('  ')).toEqual({ ok: true, value: undefined });
    expect(readTags(`ok, ${'x'.repeat(41)}`)).toMatchObject({ ok: false });
    expect(readTags('a,b,c,d,e,f,g,h,i,j,k')).toEqual({
      ok: false,
      message: '11 tags: at most 10',
    });
    expect(readTags('a,b,c,d,e,f,g,h,i,j')).toMatchObject({ ok: true });
  });

  it('reads a Hire rate as a percentage 0–100', () => {
    expect(readHireRate('45%')).toEqual({ ok: true, value: 45 });
    expect(readHireRate('100 %')).toEqual({ ok: true, value: 100 });
    expect(readHireRate('0')).toEqual({ ok: true, value: 0 });
    expect(readHireRate('62.5%')).toEqual({ ok: true, value: 62.5 });
    expect(readHireRate('')).toEqual({ ok: true, value: undefined });
    expect(readHireRate('120%')).toMatchObject({ ok: false });
    expect(readHireRate('-5%')).toMatchObject({ ok: false });
    expect(readHireRate('high')).toMatchObject({ ok: false });
  });

  it('reads Payment verified as yes, no or unknown', () => {
    for (const yes of ['Yes', 'YES', 'true', 'True']) {
      expect(readPaymentVerified(yes)).toEqual({ ok: true, value: true });
    }
    for (const no of ['No', 'no', 'false', 'FALSE']) {
      expect(readPaymentVerified(no)).toEqual({ ok: true, value: false });
    }
    expect(readPaymentVerified(' ')).toEqual({ ok: true, value: undefined });
    expect(readPaymentVerified('maybe')).toEqual({
      ok: false,
      message: '"maybe" is not Yes or No',
    });
  });
});

describe('the sample outcomes file read cell by cell', () => {
  it('gives every proposal of the sample scenario its stage, result and details', () => {
    const [header, ...rows] = readSample('proposal-outcomes.csv')
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split(','));
    expect(header).toEqual([
      'Date',
      'Details',
      'Status',
      'Stage',
      'Earned',
      'Tags',
      'Hire rate',
      'Payment verified',
    ]);
    const input = scenarioInput(
      parseScenario(JSON.parse(readFileSync(samplePath('sample-with-outcomes.json'), 'utf8'))),
    );
    const { proposals } = collectProposals(input);
    expect(rows).toHaveLength(proposals.length);
    for (const [
      date,
      details,
      status,
      stage,
      earned,
      tags,
      hireRate,
      verified,
    ] of rows as string[][]) {
      const matches = proposals.filter((p) => p.date === date && p.ref === details);
      expect(matches, `${date} ${details}`).toHaveLength(1);
      const p = matches[0]!;
      const outcome = (input.events[p.index] as { outcome?: Outcome }).outcome ?? {};
      const read = readStatus({ status, stage });
      expect(read).toMatchObject({ ok: true, stage: p.stage, result: p.result });
      expect(readEarned(earned ?? '')).toEqual({ ok: true, value: outcome.earnedUsd });
      expect(readTags(tags ?? '')).toEqual({ ok: true, value: outcome.tags });
      const h = readHireRate(hireRate ?? '');
      const v = readPaymentVerified(verified ?? '');
      expect(h.ok && v.ok).toBe(true);
      // The spreadsheet notes some signals the scenario left out; none disagree.
      if (outcome.signals?.hireRate !== undefined && h.ok) {
        expect(h.value).toBe(outcome.signals.hireRate);
      }
      if (outcome.signals?.paymentVerified !== undefined && v.ok) {
        expect(v.value).toBe(outcome.signals.paymentVerified);
      }
    }
  });
});
