import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEntries, toEvent } from '../../src/db/ledgerInput';
import {
  listedEvents,
  packedLedgerEvents,
  type LedgerEvents,
} from '../../src/db/ledgerCache/ledgerEvents';
import { packEvents, unpackEvents } from '../../src/db/ledgerCache/packedEvents';
import type { EntryRecord } from '../../src/db/records';
import { SPEND_KINDS } from '../../src/engine/outcomes/types';
import { BONUS_REASONS, EVENT_TYPES, type LedgerEvent } from '../../src/engine/types';

/** Ids as the entries would have them: 1, 2, 3…. */
const idsFor = (events: readonly unknown[]): number[] => events.map((_, i) => i + 1);

const day = fc
  .integer({ min: 0, max: 3000 })
  .map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const text = fc.option(fc.string({ maxLength: 6 }), { nil: undefined });
const count = fc.option(fc.oneof(fc.integer({ min: -50, max: 500 }), fc.double()), {
  nil: undefined,
});
const entryArb: fc.Arbitrary<EntryRecord> = fc.record({
  date: day,
  type: fc.constantFrom(...EVENT_TYPES),
  connects: count,
  boost: count,
  usd: count,
  reason: fc.option(fc.constantFrom(...BONUS_REASONS), { nil: undefined }),
  ref: text,
  note: text,
  plan: text,
  kind: fc.option(fc.constantFrom(...SPEND_KINDS), { nil: undefined }),
  order: fc.nat(5),
});

describe('packing events into columns', () => {
  it('gives back exactly what toEvent made: same fields, same order, same values', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (entries) => {
        const events = [...entries].sort(compareEntries).map(toEvent);
        const packed = packEvents(events, idsFor(events));
        if (events.some((e) => Object.values(e).some((v) => Number.isNaN(v)))) {
          expect(packed).toBeNull();
          return;
        }
        expect(packed).not.toBeNull();
        const back = unpackEvents(structuredClone(packed!));
        expect(back).toStrictEqual(events);
        back.forEach((e, i) => expect(Object.keys(e)).toEqual(Object.keys(events[i]!)));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what the columns cannot hold exactly', () => {
    const ok: LedgerEvent = toEvent({ date: '2026-01-12', type: 'spend', connects: 1, order: 0 });
    expect(packEvents([ok], [1])).not.toBeNull();
    const bad = (e: Record<string, unknown>) => packEvents([{ ...ok, ...e } as LedgerEvent], [1]);
    expect(bad({ date: '2026-02-30' })).toBeNull();
    expect(bad({ date: 20260112 })).toBeNull();
    expect(bad({ type: 'gift' })).toBeNull();
    expect(bad({ connects: '4' })).toBeNull();
    expect(bad({ connects: Number.NaN })).toBeNull();
    expect(bad({ reason: 'luck' })).toBeNull();
    expect(bad({ ref: 'a\u001fb' })).toBeNull();
    expect(bad({ note: 7 })).toBeNull();
    expect(bad({ kind: 'gift' })).toBeNull();
  });
});

/** Every spend the walk visits, newest first, until `stopAt` visits (then it says stop). */
function spendsOf(events: LedgerEvents, stopAt = Infinity): unknown[] {
  const seen: unknown[] = [];
  events.eachSpendBackwards((...spend) => {
    seen.push(spend);
    return seen.length < stopAt;
  });
  return seen;
}

describe('events kept packed until asked for', () => {
  const packable = fc
    .array(entryArb, { maxLength: 40 })
    .map((entries) => [...entries].sort(compareEntries).map(toEvent))
    .filter((events) => packEvents(events, idsFor(events)) !== null);

  it('makes only the events from an index on, each at its own index, as a full unpack does', () => {
    fc.assert(
      fc.property(packable, fc.nat(45), (events, from) => {
        const part = unpackEvents(packEvents(events, idsFor(events))!, from);
        expect(part).toHaveLength(events.length);
        events.forEach((event, i) => {
          if (i < from) expect(i in part).toBe(false);
          else expect(part[i]).toStrictEqual(event);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('tells the same spends, newest first, from the columns as from the objects', () => {
    fc.assert(
      fc.property(packable, fc.integer({ min: 1, max: 10 }), (events, stopAt) => {
        const packed = packedLedgerEvents(packEvents(events, idsFor(events))!);
        const listed = listedEvents(events, idsFor(events));
        events.forEach((_, i) => expect(packed.idAt(i)).toBe(listed.idAt(i)));
        expect(packed.count).toBe(listed.count);
        expect(spendsOf(packed)).toEqual(spendsOf(listed));
        expect(spendsOf(packed, stopAt)).toEqual(spendsOf(listed, stopAt));
        expect(packed.all()).toStrictEqual(listed.all());
        expect(packed.from(events.length)).toHaveLength(events.length);
      }),
      { numRuns: 300 },
    );
  });
});
