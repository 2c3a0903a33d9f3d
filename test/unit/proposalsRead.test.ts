/**
 * What the Proposals page reads: single events and columns from the packed snapshot, signal
 * columns left out when unused, and the proposals' facts kept in the read cache until the
 * ledger (not its outcomes) changes.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntry, moveProposal, saveAccount, setOutcome } from '../../src/commands';
import { ConnectsDb } from '../../src/db/database';
import { readAllEntries } from '../../src/db/entryPages';
import { setDatabase } from '../../src/db/instance';
import { readProposals } from '../../src/db/ledgerCache/readProposals';
import { listedEvents, packedLedgerEvents } from '../../src/db/ledgerCache/ledgerEvents';
import { eventReader, packEvents, unpackEvents } from '../../src/db/ledgerCache/packedEvents';
import { packedOutcomeIndex, packOutcomes } from '../../src/db/ledgerCache/packedOutcomes';
import { replayInput, toEvent } from '../../src/db/ledgerInput';
import type { EntryRecord } from '../../src/db/records';
import { columnsOf, proposalFacts, proposalStatsOfFacts } from '../../src/engine/outcomes/facts';
import { proposalStats } from '../../src/engine/outcomes/stats';
import { EVENT_TYPES } from '../../src/engine/types';
import { PLUS_ACCOUNT } from '../fixtures/account';
import { run, seedLedger } from '../fixtures/db';

vi.mock('../../src/db/ledgerCache/codeVersion', () => ({ codeVersion: () => 'build-1' }));
vi.mock('../../src/engine/words', async (original) => ({
  ...(await original<typeof import('../../src/engine/words')>()),
  todayIso: () => '2026-02-10',
}));

const text = fc.option(fc.string({ maxLength: 4 }), { nil: undefined });
const eventsArb = fc.array(
  fc.record({
    date: fc.constantFrom('2026-01-12', '2026-01-13', '2026-02-01'),
    type: fc.constantFrom(...EVENT_TYPES),
    connects: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    ref: text,
    note: text,
    plan: text,
    order: fc.constant(0),
  }),
  { maxLength: 30 },
);

describe('single events and columns of the packed snapshot', () => {
  it('reads any event alone, in any order, as unpacking them all gives it', () => {
    fc.assert(
      fc.property(eventsArb, fc.array(fc.nat(40), { maxLength: 12 }), (entries, asks) => {
        const events = (entries as EntryRecord[]).map(toEvent);
        const packed = packEvents(
          events,
          events.map((_, i) => i + 1),
        );
        if (!packed) return;
        const all = unpackEvents(packed);
        const read = eventReader(packed);
        for (const i of asks) expect(read(i)).toEqual(all[i]);
        expect(read(-1)).toBeUndefined();
      }),
    );
  });

  it('gives the same columns and events packed or listed', () => {
    fc.assert(
      fc.property(eventsArb, (entries) => {
        const events = (entries as EntryRecord[]).map(toEvent);
        const ids = events.map((_, i) => i + 1);
        const packed = packEvents(events, ids);
        if (!packed) return;
        const a = packedLedgerEvents(structuredClone(packed));
        const b = listedEvents(events, ids);
        const cells = (c: ReturnType<typeof a.columns>) =>
          [...Array(events.length).keys()].map((i) => [
            c.days[i],
            c.connects[i] || 0,
            c.boost[i] || 0,
          ]);
        expect(cells(a.columns())).toEqual(cells(b.columns()));
        expect(cells(b.columns())).toEqual(cells(columnsOf(events)));
        events.forEach((e, i) => expect(a.eventAt(i)).toEqual(b.eventAt(i)));
      }),
    );
  });

  it('leaves out the signal columns no outcome uses, and reads the others back', () => {
    const packed = packOutcomes(
      new Map([
        [1, { stage: 'viewed' as const, signals: { hireRate: 40 } }],
        [2, { stage: 'sent' as const }],
      ]),
    );
    expect(packed?.numbers.map((c) => c !== null)).toEqual([true, false, false, false, false]);
    expect(packed?.flags.every((c) => c === null)).toBe(true);
    const index = packedOutcomeIndex(structuredClone(packed!));
    expect(index.get(1)).toEqual({ stage: 'viewed', signals: { hireRate: 40 } });
    expect(index.get(2)).toEqual({ stage: 'sent' });
    expect(index.get(3)).toBeUndefined();
  });
});

describe('the proposals read', () => {
  let db: ConnectsDb;
  beforeEach(async () => {
    db = new ConnectsDb(`proposals-read-${Math.random()}`);
    setDatabase(db);
    await seedLedger(db, PLUS_ACCOUNT, [
      { date: '2026-01-12', type: 'spend', connects: 16, boost: 4, ref: 'j1' },
      { date: '2026-01-13', type: 'spend', connects: 8, ref: 'j2' },
      { date: '2026-01-20', type: 'refund', ref: 'j1' },
      { date: '2026-01-21', type: 'spend', connects: 500, ref: 'too much' },
      { date: '2026-01-22', type: 'spend', connects: 2, kind: 'profile-boost' },
    ]);
  });
  afterEach(async () => {
    await db.delete();
  });

  /** A new connection, as a new page load has: nothing of the last read in memory. */
  function reopen(): void {
    db.close();
    db = new ConnectsDb(db.name);
    setDatabase(db);
  }

  async function expectedFacts() {
    const entries = await readAllEntries(db);
    return proposalFacts(replayInput(PLUS_ACCOUNT, entries.map(toEvent)));
  }

  it('stores the facts, reuses them on the next load, and keeps them while only outcomes change', async () => {
    const first = await readProposals(db);
    expect(first.facts).toEqual(await expectedFacts());
    expect([...(first.facts?.proposals ?? [])]).toEqual([0, 1]);
    expect([...(first.facts?.refundedConnects ?? [])]).toEqual([20]);
    // Nothing changed: the same object, so a page memoised on it draws nothing again.
    expect(await readProposals(db)).toBe(first);

    await new Promise((r) => setTimeout(r, 20)); // the stores run without being awaited
    reopen();
    const stored = await db.caches.get('proposal-facts');
    expect(stored).toBeDefined();
    const again = await readProposals(db);
    expect(again.facts).toEqual(first.facts);

    const [j1] = await readAllEntries(db);
    await run(
      moveProposal({ ...(j1 as EntryRecord), id: j1?.id as number }, 'viewed', {
        today: '2026-02-10',
      }),
    );
    const afterOutcome = await readProposals(db);
    expect(afterOutcome.facts).toBe(again.facts);
    expect(afterOutcome.outcomes.get(j1?.id as number)).toEqual({ stage: 'viewed' });
  });

  it('works the facts out again when the ledger or the account changes', async () => {
    const first = await readProposals(db);
    await run(addEntry({ date: '2026-01-25', type: 'spend', connects: 3, ref: 'j3' }));
    const added = await readProposals(db);
    expect(added.facts).toEqual(await expectedFacts());
    expect(added.facts?.proposals).toHaveLength(3);
    expect(added.facts).not.toEqual(first.facts);

    await new Promise((r) => setTimeout(r, 20));
    await run(saveAccount({ ...PLUS_ACCOUNT, startingBalance: 600 }));
    reopen();
    const richer = await readProposals(db);
    // With 600 Connects to start, the proposal of 500 is applied too.
    expect(richer.facts?.proposals).toHaveLength(4);
  });

  it('gives, from the facts and columns read, the statistics of the replayed ledger', async () => {
    const [, j2] = await readAllEntries(db);
    await run(setOutcome({ ...(j2 as EntryRecord), id: j2?.id as number }, { stage: 'interview' }));
    await readProposals(db); // leaves the snapshots for the next load
    await new Promise((r) => setTimeout(r, 20));
    reopen();
    const read = await readProposals(db);
    const outcomeOf = (i: number) => read.outcomes.get(read.ledger.events.idAt(i));
    const entries = await readAllEntries(db);
    const input = replayInput(PLUS_ACCOUNT, entries.map(toEvent));
    const fromFacts = proposalStatsOfFacts(
      input,
      read.ledger.events.columns(),
      read.facts!,
      {},
      outcomeOf,
    );
    expect(fromFacts).toEqual(proposalStats(input, {}, undefined, outcomeOf));
    expect(fromFacts.overall).toMatchObject({ sent: 2, cancelled: 1, interviews: 1 });
  });

  it("keeps the page's opening figures until the ledger or an outcome changes", async () => {
    const entries = await readAllEntries(db);
    const [j1, j2] = entries.map((e) => ({ ...e, id: e.id as number }));
    const first = await readProposals(db);
    expect(first.summary?.whole).toEqual(
      proposalStats(replayInput(PLUS_ACCOUNT, entries.map(toEvent))),
    );
    // j1 was fully refunded (cancelled): only j2 is open, at its first stage.
    expect([...(first.summary?.open ?? [])]).toEqual([1]);
    expect([...(first.summary?.openStages ?? [])]).toEqual([0]);

    await new Promise((r) => setTimeout(r, 20));
    reopen();
    const again = await readProposals(db);
    expect(again.summary).toEqual(first.summary);

    await run(moveProposal(j2!, 'interview', { today: '2026-02-10' }));
    const moved = await readProposals(db);
    expect(moved.summary?.whole.overall.interviews).toBe(1);
    expect([...(moved.summary?.openStages ?? [])]).toEqual([2]);
    await run(moveProposal(j2!, 'lost', { today: '2026-02-10' }));
    expect((await readProposals(db)).summary?.open).toHaveLength(0);
    expect(j1).toBeDefined();
  });

  it('has no facts without an account', async () => {
    await db.account.clear();
    const read = await readProposals(db);
    expect(read.facts).toBeNull();
    expect(read.summary).toBeNull();
  });
});
