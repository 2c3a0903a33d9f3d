import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/engine/outcomes/types';
import {
  matchOutcomes,
  mergeOutcome,
  sameOutcome,
  type MatchableProposal,
} from '../../src/import/matchOutcomes';
import { OUTCOME_FIELDS } from '../../src/import/outcomeRow';
import { parseHistory } from '../../src/import/parseHistory';
import type { OutcomeRow } from '../../src/import/types';
import { readSample, SAMPLES } from './sampleFiles';

type P = MatchableProposal & { id: number };

const proposal = (id: number, date: string, details: string, extra: Partial<P> = {}): P => ({
  id,
  date,
  type: 'spend',
  details,
  ref: details,
  ...extra,
});
const row = (line: number, date: string, details: string, outcome?: Outcome): OutcomeRow => ({
  line,
  date,
  details,
  outcome: outcome ?? { stage: 'viewed' },
});
const ids = (m: ReturnType<typeof matchOutcomes<P>>) => ({
  matched: m.matched.map(({ row: r, proposal: p }) => [r.line, p.id]),
  unmatched: m.unmatched.map((r) => r.line),
  ambiguous: m.ambiguous.map((a) => [a.row.line, a.reason, a.count]),
});

describe('matchOutcomes: an outcomes file’s rows to the stored proposals', () => {
  const LEDGER: P[] = [
    proposal(1, '2026-03-01', 'Logo refresh for a bakery'),
    proposal(2, '2026-03-01', 'Chrome extension MVP #361'),
    proposal(3, '2026-03-02', 'Chrome extension MVP'),
    proposal(4, '2026-03-03', 'Node.js backend'),
    proposal(5, '2026-03-03', 'Node.js backend #307'),
    proposal(6, '2026-03-04', 'Shopify audit'),
    proposal(7, '2026-03-04', 'Shopify audit'),
  ];

  it('matches by date and exact details', () => {
    expect(ids(matchOutcomes([row(2, '2026-03-01', 'Logo refresh for a bakery')], LEDGER))).toEqual(
      { matched: [[2, 1]], unmatched: [], ambiguous: [] },
    );
  });

  it('folds case and spacing as the import does', () => {
    const m = matchOutcomes(
      [
        row(2, '2026-03-01', '  LOGO   refresh for a\tBakery '),
        row(3, '2026-03-02', 'chrome EXTENSION mvp'),
      ],
      LEDGER,
    );
    expect(ids(m)).toEqual({
      matched: [
        [2, 1],
        [3, 3],
      ],
      unmatched: [],
      ambiguous: [],
    });
  });

  it('takes a #123 suffix as part of the title, and drops it only when nothing matches with it', () => {
    const m = matchOutcomes(
      [
        // The file has the suffix, the ledger not.
        row(2, '2026-03-02', 'Chrome extension MVP #999'),
        // The ledger has it, the file not.
        row(3, '2026-03-01', 'Chrome extension MVP'),
        // Both have a suffix: the exact one wins over the bare title.
        row(4, '2026-03-03', 'Node.js backend #307'),
        // No suffix, and an exact title among two: the exact one.
        row(5, '2026-03-03', 'Node.js backend'),
      ],
      LEDGER,
    );
    expect(ids(m)).toEqual({
      matched: [
        [2, 3],
        [3, 2],
        [4, 5],
        [5, 4],
      ],
      unmatched: [],
      ambiguous: [],
    });
    // Without its exact twin, a bare title that fits two proposals is ambiguous.
    const bareTwo = matchOutcomes([row(2, '2026-03-03', 'Node.js backend #1')], LEDGER);
    expect(ids(bareTwo).ambiguous).toEqual([[2, 'proposals', 2]]);
  });

  it('lists rows that match no proposal: another date, another title, another kind', () => {
    const m = matchOutcomes(
      [
        row(2, '2026-03-02', 'Logo refresh for a bakery'),
        row(3, '2026-03-01', 'Logo refresh'),
        row(4, '2026-03-05', 'Profile boost'),
        row(5, '2026-03-05', 'Purchased 80 Connects'),
      ],
      [
        ...LEDGER,
        proposal(8, '2026-03-05', 'Profile boost', { kind: 'profile-boost' }),
        { id: 9, date: '2026-03-05', type: 'purchase', details: 'Purchased 80 Connects' },
      ],
    );
    expect(ids(m)).toEqual({ matched: [], unmatched: [2, 3, 4, 5], ambiguous: [] });
  });

  it('lists rows that fit several proposals, and rows that name a proposal another row names too', () => {
    const m = matchOutcomes(
      [
        row(2, '2026-03-04', 'Shopify audit'),
        row(3, '2026-03-01', 'Logo refresh for a bakery'),
        row(4, '2026-03-01', 'logo refresh for a bakery'),
        row(5, '2026-03-02', 'Chrome extension MVP'),
      ],
      LEDGER,
    );
    expect(ids(m)).toEqual({
      matched: [[5, 3]],
      unmatched: [],
      ambiguous: [
        [2, 'proposals', 2],
        [3, 'rows', 2],
        [4, 'rows', 2],
      ],
    });
  });

  it('matches on the ref when the details differ (a proposal typed by hand), and on a file’s ref column', () => {
    const typed: P[] = [
      { id: 1, date: '2026-03-01', type: 'spend', ref: 'Logo refresh' },
      { id: 2, date: '2026-03-02', type: 'spend', details: 'Site audit', ref: 'job-42' },
    ];
    const m = matchOutcomes(
      [row(2, '2026-03-01', 'Logo refresh'), { ...row(3, '2026-03-02', ''), ref: 'JOB-42' }],
      typed,
    );
    expect(ids(m)).toEqual({
      matched: [
        [2, 1],
        [3, 2],
      ],
      unmatched: [],
      ambiguous: [],
    });
  });

  it('matches every row of the sample outcomes file to exactly one of the sample’s 42 proposals', () => {
    const { events } = parseHistory(readSample(SAMPLES.csv));
    const rows = parseHistory(readSample('proposal-outcomes.csv')).outcomeRows ?? [];
    const m = matchOutcomes(rows, events);
    expect(m.unmatched).toEqual([]);
    expect(m.ambiguous).toEqual([]);
    expect(m.matched).toHaveLength(42);
    expect(new Set(m.matched.map((x) => x.proposal)).size).toBe(42);
    for (const { row: r, proposal: p } of m.matched) {
      expect(p.date).toBe(r.date);
      expect(p.details).toBe(r.details);
    }
  });

  it('is one-to-one: a proposal is given to one row at most, and each row to one proposal', () => {
    const title = fc.constantFrom('Logo', 'logo ', 'Logo #12', 'Site', 'Site #3', 'Other');
    const day = fc.constantFrom('2026-03-01', '2026-03-02');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, title), { maxLength: 8 }),
        fc.array(fc.tuple(day, title), { maxLength: 8 }),
        (stored, file) => {
          const ledger = stored.map(([d, t], i) => proposal(i, d, t));
          const rows = file.map(([d, t], i) => row(i + 2, d, t));
          const m = matchOutcomes(rows, ledger);
          expect(m.matched.length + m.unmatched.length + m.ambiguous.length).toBe(rows.length);
          const given = m.matched.map((x) => x.proposal);
          expect(new Set(given).size).toBe(given.length);
          for (const { row: r, proposal: p } of m.matched) expect(p.date).toBe(r.date);
        },
      ),
    );
  });
});

describe('mergeOutcome and sameOutcome', () => {
  const STORED: Outcome = {
    stage: 'hired',
    result: 'hired',
    earnedUsd: 500,
    decidedOn: '2026-03-10',
    tags: ['react'],
    signals: { hireRate: 80, invited: true, paymentVerified: true },
  };

  it('replaces the fields of the file’s columns, an empty cell clearing them, and keeps the others', () => {
    expect(
      mergeOutcome(STORED, { stage: 'viewed', result: 'lost', tags: ['design'] }, [
        'status',
        'stage',
        'earned',
        'tags',
        'hireRate',
      ]),
    ).toEqual({
      stage: 'viewed',
      result: 'lost',
      decidedOn: '2026-03-10',
      tags: ['design'],
      signals: { invited: true, paymentVerified: true },
    });
    // Only a Payment verified column: the rest stays.
    expect(
      mergeOutcome(STORED, { signals: { paymentVerified: false } }, ['paymentVerified']),
    ).toEqual({
      ...STORED,
      signals: { hireRate: 80, invited: true, paymentVerified: false },
    });
    // Nothing stored: the file's outcome.
    expect(mergeOutcome(undefined, { stage: 'viewed' }, [...OUTCOME_FIELDS])).toEqual({
      stage: 'viewed',
    });
    expect(mergeOutcome(undefined, undefined, [...OUTCOME_FIELDS])).toEqual({});
  });

  it('compares outcomes by what they say, whatever the order of their fields', () => {
    expect(
      sameOutcome({ stage: 'viewed', result: 'lost' }, { result: 'lost', stage: 'viewed' }),
    ).toBe(true);
    expect(sameOutcome(undefined, {})).toBe(true);
    expect(sameOutcome(null, { tags: [], signals: {} })).toBe(true);
    expect(sameOutcome({ tags: ['a', 'b'] }, { tags: ['b', 'a'] })).toBe(false);
    expect(sameOutcome({ signals: { hireRate: 5 } }, { signals: { hireRate: 6 } })).toBe(false);
  });
});
