import { describe, expect, it } from 'vitest';
import { listedEvents, packedLedgerEvents } from '../../src/db/ledgerCache/ledgerEvents';
import { compareEntries, toEvent } from '../../src/db/ledgerInput';
import { packEvents } from '../../src/db/ledgerCache/packedEvents';
import { stateWithCheckpoint } from '../../src/engine/checkpoint';
import { buildLedgerModel, spendSince } from '../../src/features/dashboard/ledgerModel';
import { parseIsoDate } from '../../src/engine/dates';
import { replayInput } from '../../src/db/ledgerInput';
import { benchLedger } from '../bench/dashboardLedger';

const TODAY = '2026-03-15';

describe('spendSince (spends per cycle, walking back only as far as the cycles shown)', () => {
  const { account, entries } = benchLedger(3000, TODAY);
  const events = [...entries].sort(compareEntries).map(toEvent);
  const model = buildLedgerModel(
    {
      account,
      events: listedEvents(
        events,
        events.map((_, i) => i + 1),
      ),
      customEras: [],
      checkpoint: null,
    },
    TODAY,
  );

  it('gives every cycle what a full pass over the applied spends gives', () => {
    const all = spendSince(model, 0);
    const lastDay = parseIsoDate(TODAY) ?? 0;
    let proposals = 0;
    let boosts = 0;
    events.forEach((e, i) => {
      const day = typeof e.date === 'string' ? parseIsoDate(e.date) : null;
      if (e.type !== 'spend' || model.rejected.has(i) || day === null || day > lastDay) return;
      proposals += typeof e.connects === 'number' ? e.connects : 0;
      boosts += typeof e.boost === 'number' ? e.boost : 0;
    });
    expect(all.reduce((n, s) => n + s.proposals, 0)).toBe(proposals);
    expect(all.reduce((n, s) => n + s.boosts, 0)).toBe(boosts);
    expect(proposals).toBeGreaterThan(0);
  });

  it('gives the later cycles the same figures however many are asked for', () => {
    const all = spendSince(model, 0);
    for (const from of [1, 12, all.length - 6, all.length - 1]) {
      expect(spendSince(model, from)).toEqual(all.slice(from));
    }
  });

  it('is the same from the packed snapshot going on from a checkpoint, which makes no old event', () => {
    const earlier = '2026-01-20';
    const { checkpoint } = stateWithCheckpoint(replayInput(account, events), earlier);
    const packed = packedLedgerEvents(
      packEvents(
        events,
        events.map((_, i) => i + 1),
      )!,
    );
    const resumed = buildLedgerModel(
      { account, events: packed, customEras: [], checkpoint },
      TODAY,
    );
    expect(resumed.input.events[0]).toBeUndefined(); // no object made for an event before it
    expect(resumed.history).toEqual(model.history);
    expect(resumed.balance).toBe(model.balance);
    expect([...resumed.rejected]).toEqual([...model.rejected]);
    const all = spendSince(model, 0);
    for (const from of [0, 12, all.length - 1]) {
      expect(spendSince(resumed, from)).toEqual(all.slice(from));
    }
  });
});
