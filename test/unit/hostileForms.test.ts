/**
 * Hostile input typed into the forms: the same limits (src/import/limits.ts) as an import and
 * a restore, as messages next to the field, so nothing a form saves is refused by a backup.
 */
import { describe, expect, it } from 'vitest';
import { ERA_CATALOGUE } from '../../src/engine/eras';
import {
  checkDraft,
  emptyDraft,
  MAX_LENGTH,
  type Draft,
} from '../../src/features/ledger/entryDraft';
import { checkAccount } from '../../src/features/settings/AccountForm';
import {
  checkEraDraft,
  draftFromEra,
  MAX_LENGTH as ERA_MAX_LENGTH,
} from '../../src/features/settings/customEraDraft';
import { toBackupJson } from '../../src/import/backup';
import { TEXT_LIMITS } from '../../src/import/limits';

const draft = (changes: Partial<Draft>): Draft => ({
  ...emptyDraft(changes.type ?? 'spend', '2026-11-21'),
  ...changes,
});
const errorsOf = (changes: Partial<Draft>) => checkDraft(draft(changes)).errors;

describe('the entry form', () => {
  it('gives its text inputs the limits of an import and a restore', () => {
    expect(MAX_LENGTH).toEqual({ title: TEXT_LIMITS.details, note: TEXT_LIMITS.note });
  });

  it('refuses a title, note or refund over 500 characters, and accepts 500', () => {
    const long = 'x'.repeat(501);
    expect(errorsOf({ title: long, connects: '8' })).toEqual({
      title: 'At most 500 characters.',
    });
    expect(errorsOf({ type: 'adjust', connects: '-5', note: long })).toEqual({
      note: 'At most 500 characters.',
    });
    expect(errorsOf({ type: 'refund', ref: long })).toEqual({ ref: 'At most 500 characters.' });
    const ok = checkDraft(draft({ title: 'x'.repeat(500), connects: '8' }));
    expect(ok.errors).toEqual({});
    expect(ok.entry).toMatchObject({ details: 'x'.repeat(500), ref: 'x'.repeat(500) });
  });

  it('refuses more Connects or dollars than one entry may hold', () => {
    expect(errorsOf({ title: 'Logo', connects: '10001' })).toEqual({
      connects: 'The Connects spent must be at most 10,000.',
    });
    expect(errorsOf({ title: 'Logo', connects: '8', boost: '1'.repeat(400) })).toEqual({
      boost: 'The boost must be at most 10,000.',
    });
    expect(errorsOf({ type: 'purchase', connects: '80', usd: '10000.01' })).toEqual({
      usd: 'The price must be at most $10,000.',
    });
    expect(errorsOf({ type: 'adjust', connects: '-10001' })).toEqual({
      connects: 'The change in Connects must be -10,000 or more.',
    });
    expect(errorsOf({ type: 'adjust', connects: '-10000' })).toEqual({});
    expect(errorsOf({ type: 'purchase', connects: '10000', usd: '10000' })).toEqual({});
  });

  it('keeps markup typed into it as plain text, to be shown as text', () => {
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { entry } = checkDraft(draft({ title: payload, connects: '8' }));
    expect(entry).toMatchObject({ details: payload, ref: payload });
  });
});

describe('the account form', () => {
  const values = { plan: 'freelancer-plus', cycleDay: '10', start: '2026-11-10' };
  it('refuses a starting balance over 100,000', () => {
    expect(checkAccount({ ...values, startingBalance: '100001' })).toEqual({
      startingBalance: 'The starting balance must be at most 100,000.',
    });
    expect(checkAccount({ ...values, startingBalance: '100000' })).toEqual({});
  });
});

describe('the custom era form', () => {
  const era = ERA_CATALOGUE.at(-1) as (typeof ERA_CATALOGUE)[number];
  const base = draftFromEra(era, 'custom-1', 'My copy');

  it('gives its id and name inputs the limits of a restore', () => {
    expect(ERA_MAX_LENGTH).toEqual({ id: TEXT_LIMITS.eraId, name: TEXT_LIMITS.eraName });
  });

  it('refuses an id, a name or a figure over its limit', () => {
    const plan = Object.keys(base.plans)[0] as string;
    const over = checkEraDraft(
      {
        ...base,
        id: 'i'.repeat(65),
        name: 'n'.repeat(101),
        plans: {
          ...base.plans,
          [plan]: { ...(base.plans[plan] as (typeof base.plans)[string]), allotment: '1e9' },
        },
      },
      [],
    );
    expect(over.era).toBeNull();
    expect(over.errors).toMatchObject({
      id: 'At most 64 characters.',
      name: 'At most 100 characters.',
    });
    const huge = checkEraDraft(
      {
        ...base,
        plans: {
          ...base.plans,
          [plan]: { ...(base.plans[plan] as (typeof base.plans)[string]), allotment: '100001' },
        },
      },
      [],
    );
    expect(huge.errors).toEqual({
      [`plans.${plan}.allotment`]: 'Too large: at most 100,000.',
    });
  });

  it('saves an era a backup can hold, however often it is edited', () => {
    let check = checkEraDraft(base, []);
    for (let edit = 0; edit < 50; edit += 1) {
      const era = check.era;
      expect(era).not.toBeNull();
      if (!era) return;
      check = checkEraDraft(
        { ...draftFromEra(era, era.id, era.name ?? ''), copiedFrom: era.source ?? era.id },
        [],
      );
    }
    const saved = check.era;
    expect(saved?.source).toBe(`custom, copied from ${era.name ?? era.id}`);
    expect(() =>
      toBackupJson({
        account: {
          plan: 'freelancer-plus',
          cycleDay: 10,
          start: '2026-11-10',
          startingBalance: 0,
          era: 'auto',
        },
        entries: [],
        batches: [],
        customEras: saved ? [saved] : [],
      }),
    ).not.toThrow();
  });
});
