import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  columnsOf,
  proposalFacts,
  proposalStatsOfFacts,
  scanFacts,
} from '../../src/engine/outcomes/facts';
import { scanProposals, type ProposalRecord } from '../../src/engine/outcomes/proposals';
import { proposalStats } from '../../src/engine/outcomes/stats';
import type { Outcome } from '../../src/engine/outcomes/types';
import { replay, type ReplayInput } from '../../src/engine/replay';
import { parseScenario, scenarioInput } from '../../src/engine/scenario';
import { samplePath } from '../import/sampleFiles';
import { dateArb, outcomeLedgerArb } from './outcomeArbitraries';

const outcomeOf = (input: ReplayInput) => (index: number) =>
  (input.events[index] as { outcome?: Outcome }).outcome;

describe('the statistics from the facts of a replay', () => {
  it('give the sample the figures of its README', () => {
    const input = scenarioInput(
      parseScenario(JSON.parse(readFileSync(samplePath('sample-with-outcomes.json'), 'utf8'))),
    );
    const facts = proposalFacts(input);
    expect(facts.proposals).toHaveLength(42);
    expect([...facts.refundedConnects]).toEqual([4, 10, 4]);
    const stats = proposalStatsOfFacts(input, columnsOf(input.events), facts, {}, outcomeOf(input));
    expect(stats).toEqual(proposalStats(input));
    expect(stats.overall).toMatchObject({ connectsPerInterview: 79, usdPerHire: 31.6 });
  });

  it('equal the statistics of the replayed ledger, in any range', () => {
    fc.assert(
      fc.property(outcomeLedgerArb, dateArb, dateArb, (input, a, b) => {
        const range = a <= b ? { from: a, to: b } : { from: b };
        const replayed = replay(input);
        // Through a structured clone, as the read cache stores them.
        const facts = structuredClone(proposalFacts(input, replayed));
        const columns = columnsOf(input.events);
        expect(proposalStatsOfFacts(input, columns, facts, range, outcomeOf(input))).toEqual(
          proposalStats(input, range, replayed),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('show each proposal as the replay scan does, but for its ref', () => {
    fc.assert(
      fc.property(outcomeLedgerArb, (input) => {
        const replayed = replay(input);
        const seen: ProposalRecord[] = [];
        const expected: ProposalRecord[] = [];
        scanFacts(
          input,
          columnsOf(input.events),
          proposalFacts(input, replayed),
          (p) => seen.push({ ...p }),
          outcomeOf(input),
        );
        scanProposals(input, replayed, (p) => expected.push({ ...p, ref: undefined }));
        expect(seen).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
