import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEra, type Era } from '../../src/engine/eras';
import { proposalStats } from '../../src/engine/outcomes/stats';
import { parseScenario, scenarioInput } from '../../src/engine/scenario';
import type { LedgerEvent } from '../../src/engine/types';
import {
  parseBackup,
  toBackupJson,
  type BackupData,
  type BackupEntry,
} from '../../src/import/backup';
import { backupReplayInput } from '../../src/import/backupInput';
import { samplePath } from './sampleFiles';

const scenario = parseScenario(
  JSON.parse(readFileSync(samplePath('sample-with-outcomes.json'), 'utf8')),
);

/** The sample as the app would back it up: storage fields added, newest entry first. */
function sampleBackup(change: (entries: BackupEntry[]) => void = () => {}): BackupData {
  const entries = (scenario.events as LedgerEvent[]).map((e, order): BackupEntry => ({
    ...e,
    order,
    details: 'ref' in e ? e.ref : undefined,
  }));
  change(entries);
  return {
    exportedAt: '2026-11-21T10:00:00.000Z',
    account: { ...scenario.account, startingBalance: 60, era: 'auto' },
    entries: entries.reverse(),
    batches: [],
    customEras: [],
  };
}

const failure = (data: BackupData): string => {
  try {
    parseBackup(JSON.stringify({ app: 'connects-budget', version: 1, ...data }));
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('backups with kinds and outcomes', () => {
  it('round-trip, and give the same statistics as the scenario file', () => {
    const backup = parseBackup(toBackupJson(sampleBackup()));
    const input = backupReplayInput(backup);
    expect(input.events).toHaveLength(scenario.events.length);
    expect(input.events[1]).toEqual(scenario.events[1]);
    expect(proposalStats(input)).toEqual(proposalStats(scenarioInput(scenario)));
  });

  it('keep outcome fields a later version may add', () => {
    const backup = parseBackup(
      toBackupJson(
        sampleBackup((entries) => {
          (entries[0] as unknown as { outcome: Record<string, unknown> }).outcome.colour = 'red';
        }),
      ),
    );
    const first = backup.entries.find((e) => e.order === 0) as { outcome?: { colour?: string } };
    expect(first.outcome?.colour).toBe('red');
  });

  it.each([
    [
      (e: BackupEntry[]) => Object.assign(e[0] as object, { kind: 'profile-boost' }),
      /^entries\[\d+\]\.outcome: only a proposal has an outcome \(kind is "profile-boost"\)$/,
    ],
    [
      (e: BackupEntry[]) => Object.assign(e[0] as object, { kind: 'bonus' }),
      /^entries\[\d+\]\.kind: /,
    ],
    [
      (e: BackupEntry[]) =>
        Object.assign(e[0] as object, { outcome: { stage: 'viewed', earnedUsd: 10 } }),
      /^entries\[\d+\]\.outcome\.earnedUsd: only a hire has earnings$/,
    ],
    [
      (e: BackupEntry[]) => Object.assign(e[0] as object, { outcome: { decidedOn: '2026-08-01' } }),
      /^entries\[\d+\]\.outcome\.decidedOn: 2026-08-01 is before the proposal's date 2026-08-10$/,
    ],
    [
      (e: BackupEntry[]) => Object.assign(e[0] as object, { outcome: { tags: ['x'.repeat(41)] } }),
      /^entries\[\d+\]\.outcome\.tags\[0\]: too long: at most 40 characters$/,
    ],
  ])('refuse a bad outcome, naming the field (%#)', (change, message) => {
    expect(failure(sampleBackup(change))).toMatch(message);
  });

  it('replay in date order, then the order within a date, with a custom era by id', () => {
    const era = { ...(findEra('no-cap-2023') as Era), id: 'mine' };
    const backup = parseBackup(
      toBackupJson({
        ...sampleBackup(),
        account: { ...sampleBackup().account, era: 'mine' },
        customEras: [era],
      }),
    );
    const input = backupReplayInput(backup);
    expect(input.era).toEqual(era);
    const dates = input.events.map((e) => e.date as string);
    expect(dates).toEqual([...dates].sort());
    const unknown = parseBackup(
      toBackupJson({ ...sampleBackup(), account: { ...sampleBackup().account, era: 'nope' } }),
    );
    expect(() => backupReplayInput(unknown)).toThrow(/^account\.era: unknown era "nope"/);
  });
});
