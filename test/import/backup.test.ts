import { describe, expect, it } from 'vitest';
import { ERA_CATALOGUE } from '../../src/engine/eras';
import {
  BACKUP_VERSION,
  parseBackup,
  toBackupJson,
  type BackupData,
} from '../../src/import/backup';
import { ParseError } from '../../src/import/errors';

const custom = {
  ...(ERA_CATALOGUE[4] as (typeof ERA_CATALOGUE)[number]),
  id: 'my-era',
  name: 'Mine',
};

const data: BackupData = {
  exportedAt: '2026-11-20T10:00:00.000Z',
  account: {
    plan: 'freelancer-plus',
    cycleDay: 10,
    start: '2026-08-10',
    startingBalance: 60,
    era: 'auto',
  },
  entries: [
    {
      date: '2026-08-10',
      type: 'spend',
      connects: 4,
      boost: 2,
      ref: 'Logo',
      details: 'Logo',
      order: 0,
      batchId: 1,
      key: 'k1',
    },
    {
      date: '2026-08-11',
      type: 'refund',
      ref: 'Logo',
      connects: 4,
      order: 1,
      batchId: null,
      key: null,
    },
    { date: '2026-08-12', type: 'bonus', reason: 'interview', order: 2 },
    { date: '2026-08-13', type: 'adjust', connects: -3, note: 'fix', order: 3 },
    { date: '2026-08-14', type: 'purchase', connects: 80, usd: 12, order: 4 },
    { date: '2026-08-15', type: 'plan', plan: 'agency-plus', order: 5 },
  ],
  batches: [
    {
      id: 1,
      importedAt: '2026-11-20T09:00:00.000Z',
      fileName: 'history.txt',
      rowCount: 75,
      format: 'copied-rows',
    },
  ],
  customEras: [custom],
};

const failure = (text: string): ParseError => {
  try {
    parseBackup(text);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
};

const edited = (change: (json: Record<string, unknown>) => void): string => {
  const json = JSON.parse(toBackupJson(data)) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json);
};

describe('JSON backup', () => {
  it('round-trips, with the app name and version', () => {
    const text = toBackupJson(data);
    const backup = parseBackup(text);
    expect(backup).toEqual({ app: 'connects-budget', version: BACKUP_VERSION, ...data });
    expect(BACKUP_VERSION).toBe(1);
  });

  it('keeps fields a later version may add to entries, batches and the account', () => {
    const text = edited((json) => {
      (json.entries as Record<string, unknown>[])[0]!.createdAt = 'yesterday';
    });
    expect(parseBackup(text).entries[0]).toMatchObject({ createdAt: 'yesterday' });
  });

  it('accepts a whole custom era as the account era', () => {
    const text = toBackupJson({ ...data, account: { ...data.account, era: custom } });
    expect(parseBackup(text).account.era).toEqual(custom);
  });

  it.each([
    ['bad JSON', '{"app": ', /^not a backup: bad JSON/, undefined],
    ['not an object', '[1]', /expected a JSON object/, undefined],
    ['another app', edited((j) => (j.app = 'other')), /^app: not a Connects Budget backup/, 'app'],
    [
      'a newer version',
      edited((j) => (j.version = 2)),
      /^version: backup version 2 is newer/,
      'version',
    ],
    [
      'a bad entry date',
      edited((j) => ((j.entries as Record<string, unknown>[])[1]!.date = '2026-02-30')),
      /^entries\[1\]\.date: is not a date as YYYY-MM-DD$/,
      'entries[1].date',
    ],
    [
      'a negative spend',
      edited((j) => ((j.entries as Record<string, unknown>[])[0]!.connects = -4)),
      /^entries\[0\]\.connects: must not be negative$/,
      'entries[0].connects',
    ],
    [
      'an unknown type',
      edited((j) => ((j.entries as Record<string, unknown>[])[2]!.type = 'teleport')),
      /^entries\[2\]\.type: "teleport" is not an event type \(spend, purchase, bonus, refund, adjust, plan\)$/,
      'entries[2].type',
    ],
    [
      'a missing order',
      edited((j) => delete (j.entries as Record<string, unknown>[])[3]!.order),
      /^entries\[3\]\.order: missing field$/,
      'entries[3].order',
    ],
    [
      'a start that is not a cycle start',
      edited((j) => ((j.account as Record<string, unknown>).start = '2026-08-11')),
      /^account\.start: is not a cycle start/,
      'account.start',
    ],
    [
      'a missing batch file name',
      edited((j) => delete (j.batches as Record<string, unknown>[])[0]!.fileName),
      /^batches\[0\]\.fileName: missing field$/,
      'batches[0].fileName',
    ],
    [
      'a bad custom era',
      edited((j) => ((j.customEras as Record<string, unknown>[])[0]!.lotLifetime = '2y')),
      /^customEras\[0\]\.lotLifetime: /,
      'customEras[0].lotLifetime',
    ],
  ])('%s is refused, naming the field', (_name, text, message, field) => {
    const error = failure(text);
    expect(error.message).toMatch(message);
    if (field !== undefined) expect(error.field).toBe(field);
  });

  it('refuses to write a backup it could not restore', () => {
    expect(() => toBackupJson({ ...data, account: { ...data.account, cycleDay: 40 } })).toThrow(
      /account\.cycleDay: must be 1–31/,
    );
  });
});
