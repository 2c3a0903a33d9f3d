import { describe, expect, it } from 'vitest';
import { collectProposals } from '../../src/engine/outcomes/proposals';
import { parseHistory } from '../../src/import/parseHistory';
import type { ImportedEvent } from '../../src/import/types';

const kinds = (events: readonly ImportedEvent[]) =>
  events.map((e) => (e.type === 'spend' ? [e.details, e.connects, e.kind ?? 'proposal'] : e.type));

describe('spend kinds from the History page (outcomes.md §1)', () => {
  // Action texts as the page and people write them; matched loosely, on words.
  const PAGE = [
    'Connects History',
    'My balance',
    '40 Connects',
    'Date\tAction\tDetails\tConnects',
    'Nov 9, 2026\tApplied to job\tLogo refresh\t-4',
    'Nov 8, 2026\tBoosted proposal\tLogo refresh\t-10',
    'Nov 8, 2026\tApplied to job\tLogo refresh\t-4',
    'Nov 7, 2026\tBoosted profile\tProfile boost for 7 days\t-20',
    'Nov 6, 2026\tProfile boost\tWeb design\t-15',
    'Nov 5, 2026\tBoost your profile\tSpecialized profile\t-10',
    'Nov 4, 2026\tAvailability badge\tAvailable now\t-5',
    'Nov 3, 2026\tAvailable Now badge\t7 days\t-5',
    'Nov 2, 2026\tAVAILABILITY BADGE PURCHASE\t\t-5',
  ].join('\n');

  it('makes profile boosts and availability badges spends of their kind; proposals stay proposals', () => {
    const result = parseHistory(PAGE);
    expect(result.format).toBe('copied-rows');
    expect(result.problems).toEqual([]);
    expect(kinds(result.events)).toEqual([
      ['', 5, 'availability-badge'],
      ['7 days', 5, 'availability-badge'],
      ['Available now', 5, 'availability-badge'],
      ['Specialized profile', 10, 'profile-boost'],
      ['Web design', 15, 'profile-boost'],
      ['Profile boost for 7 days', 20, 'profile-boost'],
      ['Logo refresh', 4, 'proposal'],
      ['Logo refresh', 4, 'proposal'],
    ]);
    // The boosted proposal keeps its boost; a profile boost joins no proposal.
    expect(result.events.filter((e) => e.type === 'spend' && e.boost !== undefined)).toHaveLength(
      1,
    );
    // Only a proposal kind has no `kind` field: stored as before.
    expect(result.events.filter((e) => 'kind' in e)).toHaveLength(6);
  });

  it('leaves them out of the proposals the statistics count', () => {
    const { events } = parseHistory(PAGE);
    const { proposals } = collectProposals({
      account: { plan: 'freelancer-plus', cycleDay: 1, start: '2026-11-01', startingBalance: 200 },
      events,
    });
    expect(proposals.map((p) => p.ref)).toEqual(['Logo refresh', 'Logo refresh']);
  });

  it('reads the same kinds from a CSV and from the page copied one cell per line', () => {
    const csv = [
      'Date,Action,Details,Connects',
      '2026-11-07,Boosted profile,Profile boost for 7 days,-20',
      '2026-11-04,Availability badge,Available now,-5',
    ].join('\n');
    expect(kinds(parseHistory(csv).events)).toEqual([
      ['Available now', 5, 'availability-badge'],
      ['Profile boost for 7 days', 20, 'profile-boost'],
    ]);
    const blocks = [
      'Connects History',
      'My balance',
      '75 Connects',
      'Boosted profile',
      'Profile boost for 7 days',
      'Nov 7, 2026',
      '-20',
      'Availability badge',
      'Available now',
      'Nov 4, 2026',
      '-5',
    ].join('\n');
    const read = parseHistory(blocks);
    expect(read.format).toBe('copied-blocks');
    expect(kinds(read.events)).toEqual([
      ['Available now', 5, 'availability-badge'],
      ['Profile boost for 7 days', 20, 'profile-boost'],
    ]);
  });
});
