import { describe, expect, it } from 'vitest';
import type { RejectionCode } from '../../src/engine/types';
import { rejectionText } from '../../src/engine/rejectionWords';

const CODES: Record<RejectionCode, true> = {
  'insufficient-balance': true,
  'purchase-not-allowed': true,
  'over-max-balance': true,
  'no-interview-bonus': true,
  'refund-without-spend': true,
  'over-refund': true,
  'unknown-plan': true,
  'before-start': true,
  'unknown-type': true,
  'invalid-event': true,
};

const context = {
  entry: { type: 'refund' as const, ref: 'Logo refresh', plan: 'freelancer-pro' },
  plan: 'freelancer-basic',
  eraName: 'Classic (free monthly Connects)',
  accountStart: '2026-08-10',
};

describe('rejectionText', () => {
  it('words every rejection code', () => {
    for (const code of Object.keys(CODES) as RejectionCode[]) {
      expect(rejectionText({ index: 0, code }, context).length, code).toBeGreaterThan(10);
    }
  });

  it('gives the numbers behind the reason', () => {
    const say = (code: RejectionCode, numbers = {}) =>
      rejectionText({ index: 0, code, ...numbers }, context);
    expect(say('insufficient-balance', { needed: 4, held: 2 })).toBe(
      'Not enough Connects: 4 needed, 2 held',
    );
    expect(say('purchase-not-allowed')).toBe(
      'Buying Connects is not allowed on Freelancer Basic in this era (Classic (free monthly Connects))',
    );
    expect(say('over-max-balance', { needed: 40, held: 330, limit: 350 })).toBe(
      'Over the maximum balance of 350: 330 held + 40 bought = 370',
    );
    expect(say('refund-without-spend')).toBe("No earlier proposal 'Logo refresh' to refund");
    expect(say('over-refund', { needed: 8, held: 6 })).toBe(
      'More than was spent on this proposal: 8 refunded, 6 left to refund',
    );
    expect(say('over-refund', { needed: 4, held: 0 })).toBe(
      'Nothing left to refund on this proposal',
    );
    expect(say('before-start')).toBe('Before the account start (2026-08-10)');
    expect(say('unknown-plan')).toBe(
      "There is no plan 'Freelancer Pro' in this era (Classic (free monthly Connects))",
    );
  });
});

describe('entries that are spends of other kinds', () => {
  it('are named for what they paid for, not as proposals', async () => {
    const { describeEntry, entrySummary } = await import('../../src/engine/entryWords');
    const boost = { type: 'spend' as const, connects: 10, kind: 'profile-boost' as const };
    expect(describeEntry(boost)).toBe('the profile boost (10 Connects)');
    expect(entrySummary(boost)).toBe('Profile boost');
    expect(describeEntry({ ...boost, kind: 'availability-badge' })).toBe(
      'the availability badge (10 Connects)',
    );
    expect(describeEntry({ ...boost, kind: 'other', details: 'Skill test' })).toBe(
      "the spend 'Skill test' (10 Connects)",
    );
    expect(describeEntry({ ...boost, kind: 'proposal', ref: 'Logo' })).toBe(
      "the proposal 'Logo' (10 Connects)",
    );
  });
});
