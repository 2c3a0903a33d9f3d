import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Outcome, Signals } from '../../src/engine/outcomes/types';
import { outcomeAfterEdit } from '../../src/features/ledger/entryDraft';
import {
  checkJobDraft,
  emptyJobDraft,
  jobDraftFrom,
  splitTags,
} from '../../src/features/shared/jobDraft';
import { worthCheckHref, worthInitialFromQuery } from '../../src/features/shared/worthLink';

const draft = (signals: Partial<ReturnType<typeof emptyJobDraft>['signals']>, tags = '') => ({
  tags,
  signals: { ...emptyJobDraft().signals, ...signals },
});

describe('checkJobDraft', () => {
  it('reads the signals as people type them', () => {
    const check = checkJobDraft(
      draft(
        {
          hireRate: ' 45% ',
          paymentVerified: 'no',
          clientSpentUsd: '$1,200.50',
          postedDays: '14',
          interviewing: '0',
          proposals: ' 20 to 50 ',
        },
        'react,  api , react,',
      ),
    );
    expect(check.errors).toEqual({});
    expect(check.tags).toEqual(['react', 'api']);
    expect(check.signals).toEqual({
      hireRate: 45,
      paymentVerified: false,
      clientSpentUsd: 1200.5,
      postedDays: 14,
      interviewing: 0,
      proposals: '20 to 50',
    });
  });

  it('names each bad field and keeps the good ones', () => {
    const check = checkJobDraft(
      draft(
        { hireRate: '101', lastViewedDays: '-2', clientSpentUsd: 'lots', invited: 'yes' },
        Array.from({ length: 11 }, (_, i) => `t${i}`).join(','),
      ),
    );
    expect(check.errors).toEqual({
      hireRate: 'The hire rate must be a number from 0 to 100.',
      lastViewedDays: 'The days since the client last viewed it must be a whole number, 0 or more.',
      clientSpentUsd: 'The client’s spend must be an amount in dollars, such as 1200 or 99.50.',
      tags: 'At most 10 tags (11 typed).',
    });
    expect(check.signals).toEqual({ invited: true });
    expect(check.tags).toEqual([]);
    expect(checkJobDraft(draft({}, `ok, ${'é'.repeat(41)}`)).errors.tags).toMatch(
      /^Each tag at most 40 characters/,
    );
    expect(checkJobDraft(draft({}, '😀'.repeat(40))).errors).toEqual({});
  });

  it('refuses figures past the limits a backup or a file has, and takes the limits themselves', () => {
    const over = checkJobDraft(
      draft({ clientSpentUsd: '1000000001', postedDays: '100001', interviewing: '3' }, ''),
    );
    expect(over.errors).toEqual({
      clientSpentUsd: 'The client’s spend is too large: at most 1,000,000,000.',
      postedDays: 'The days since posting: too large: at most 100,000.',
    });
    expect(over.signals).toEqual({ interviewing: 3 });
    const at = checkJobDraft(draft({ clientSpentUsd: '1,000,000,000', postedDays: '100000' }, ''));
    expect(at.errors).toEqual({});
    expect(at.signals).toEqual({ clientSpentUsd: 1_000_000_000, postedDays: 100_000 });
  });

  it('gives back what it was drafted from', () => {
    const signals: Signals = { hireRate: 12.5, hiredAlready: false, proposals: '5 to 10' };
    const check = checkJobDraft(jobDraftFrom(['a', 'b'], signals));
    expect(check).toEqual({ errors: {}, tags: ['a', 'b'], signals });
    expect(splitTags(' , ,')).toEqual([]);
  });
});

describe('the check link', () => {
  const signalsArb: fc.Arbitrary<Signals> = fc.record(
    {
      hireRate: fc.integer({ min: 0, max: 100 }),
      paymentVerified: fc.boolean(),
      invited: fc.boolean(),
      proposals: fc.constantFrom('Less than 5', '20 to 50', '50+'),
      clientSpentUsd: fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100),
      postedDays: fc.nat(400),
      lastViewedDays: fc.nat(400),
      interviewing: fc.nat(50),
      hiredAlready: fc.boolean(),
      clearDescription: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('carries the job there and back', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            connects: fc.nat(10_000),
            boost: fc.integer({ min: 1, max: 100 }),
            title: fc.constantFrom('Logo & brand', 'API?', 'Data = 100%'),
            tags: fc.uniqueArray(fc.constantFrom('react', 'a b', 'c+d', 'x/y'), {
              minLength: 1,
            }),
            signals: signalsArb.filter((s) => Object.keys(s).length > 0),
          },
          { requiredKeys: [] },
        ),
        (initial) => {
          const href = worthCheckHref(initial);
          expect(href.startsWith('/proposals?check')).toBe(true);
          expect(worthInitialFromQuery(href.slice(href.indexOf('?')))).toEqual(initial);
        },
      ),
    );
  });

  it('leaves out what is not valid, and is null without the flag', () => {
    expect(worthInitialFromQuery('?connects=12')).toBeNull();
    expect(
      worthInitialFromQuery('?check&connects=-3&boost=x&hireRate=300&invited=maybe&postedDays=4'),
    ).toEqual({ signals: { postedDays: 4 } });
  });
});

describe('outcomeAfterEdit', () => {
  const proposal = { date: '2026-11-12', type: 'spend' as const, connects: 4, details: 'x' };
  const stored: Outcome = { stage: 'viewed', decidedOn: '2026-11-14', tags: ['a'] };

  it('keeps how it went, takes the form’s tags and signals, and leaves an unchanged one alone', () => {
    expect(outcomeAfterEdit(stored, proposal, { tags: ['a'] })).toBeUndefined();
    expect(outcomeAfterEdit(stored, proposal, { signals: { invited: true } })).toEqual({
      stage: 'viewed',
      decidedOn: '2026-11-14',
      signals: { invited: true },
    });
    expect(outcomeAfterEdit({ tags: ['a'] }, proposal, null)).toBeNull();
    expect(outcomeAfterEdit(undefined, proposal, null)).toBeUndefined();
  });

  it('moves a decision dated before the proposal’s new date, and drops it from another kind', () => {
    expect(outcomeAfterEdit(stored, { ...proposal, date: '2026-11-20' }, { tags: ['a'] })).toEqual({
      stage: 'viewed',
      decidedOn: '2026-11-20',
      tags: ['a'],
    });
    expect(outcomeAfterEdit(stored, { ...proposal, kind: 'other' }, null)).toBeNull();
    expect(outcomeAfterEdit(undefined, { ...proposal, kind: 'other' }, null)).toBeUndefined();
  });
});
