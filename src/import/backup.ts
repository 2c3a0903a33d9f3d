/**
 * This app's JSON backup (shared/spec/import.md §3): settings, ledger and import history,
 * versioned and validated, to move between browsers or restore. Entries, batches and the
 * account keep fields this version does not know (a later app may add some), but every
 * field it does know is checked, and an error names the field's path.
 */
import { z } from '../engine/zod';
import { isCycleStart, parseIsoDate } from '../engine/dates';
import type { Era } from '../engine/eras';
import {
  looseOutcomeSchema,
  spendKindSchema,
  spendOutcomeProblems,
} from '../engine/outcomes/schema';
import { eraSchema, formatPath, valueAt } from '../engine/scenario';
import { BONUS_REASONS, EVENT_TYPES, type LedgerEvent } from '../engine/types';
import { backupLimitBreach } from './backupLimits';
import { ParseError } from './errors';

export const BACKUP_APP = 'connects-budget';
export const BACKUP_VERSION = 1;

const isoDate = z.string().refine((s) => parseIsoDate(s) !== null, 'is not a date as YYYY-MM-DD');
const whole = z.number().int('expected a whole number');
const count = whole.min(0, 'must not be negative');
const positive = whole.min(1, 'must be at least 1');
const timestamp = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'is not a date and time');

const meta = {
  details: z.string().optional(),
  order: z.number(),
  batchId: whole.nullable().optional(),
  key: z.string().nullable().optional(),
  id: whole.optional(),
};

const entrySchema = z.discriminatedUnion('type', [
  z.looseObject({
    date: isoDate,
    type: z.literal('spend'),
    connects: count,
    boost: count.optional(),
    ref: z.string().optional(),
    kind: spendKindSchema.optional(),
    outcome: looseOutcomeSchema.optional(),
    ...meta,
  }),
  z.looseObject({
    date: isoDate,
    type: z.literal('purchase'),
    connects: positive,
    usd: z.number().min(0).optional(),
    ...meta,
  }),
  z
    .looseObject({
      date: isoDate,
      type: z.literal('bonus'),
      reason: z.enum(BONUS_REASONS),
      connects: count.optional(),
      ...meta,
    })
    .refine((b) => b.reason === 'interview' || b.connects !== undefined, {
      message: 'a bonus other than interview needs connects',
      path: ['connects'],
    }),
  z.looseObject({
    date: isoDate,
    type: z.literal('refund'),
    ref: z.string(),
    connects: positive.optional(),
    ...meta,
  }),
  z.looseObject({
    date: isoDate,
    type: z.literal('adjust'),
    connects: whole.refine((n) => n !== 0, 'must not be 0'),
    note: z.string().optional(),
    ...meta,
  }),
  z.looseObject({ date: isoDate, type: z.literal('plan'), plan: z.string().min(1), ...meta }),
]);

const accountSchema = z
  .looseObject({
    plan: z.string().min(1, 'must not be empty'),
    cycleDay: whole.min(1, 'must be 1–31').max(31, 'must be 1–31'),
    start: isoDate,
    startingBalance: count,
    era: z.union([z.string().min(1), eraSchema]),
  })
  .refine(
    (a) =>
      parseIsoDate(a.start) === null || isCycleStart(parseIsoDate(a.start) as number, a.cycleDay),
    {
      message: 'is not a cycle start for the cycle day',
      path: ['start'],
    },
  );

const batchSchema = z.looseObject({
  id: whole,
  importedAt: timestamp,
  fileName: z.string(),
  rowCount: count,
  format: z.string(),
});

/** An outcome only on a proposal, decided on or after its date (outcomes.md §1). */
const entriesSchema = z.array(entrySchema).superRefine((entries, ctx) =>
  entries.forEach((e, i) => {
    if (e.type !== 'spend') return;
    for (const p of spendOutcomeProblems(e)) {
      ctx.addIssue({ code: 'custom', path: [i, ...p.path], message: p.message });
    }
  }),
);

export const backupSchema = z.looseObject({
  app: z.literal(BACKUP_APP),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  account: accountSchema,
  entries: entriesSchema,
  batches: z.array(batchSchema),
  customEras: z.array(eraSchema),
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupEntry = LedgerEvent & {
  details?: string;
  order: number;
  batchId?: number | null;
  key?: string | null;
};
export interface BackupBatch {
  id: number;
  importedAt: string;
  fileName: string;
  rowCount: number;
  format: string;
}
export interface BackupAccount {
  plan: string;
  cycleDay: number;
  start: string;
  startingBalance: number;
  era: string | Era;
}
export interface BackupData {
  /** Defaults to now. */
  exportedAt?: string;
  account: BackupAccount;
  entries: readonly BackupEntry[];
  batches: readonly BackupBatch[];
  customEras: readonly Era[];
}

function describe(error: z.ZodError, root: unknown): ParseError {
  const issue = error.issues[0];
  if (!issue) return new ParseError('not a valid backup');
  let path = issue.path;
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    path = [...path, issue.keys[0] ?? ''];
    message = 'unknown field';
  } else if (issue.code === 'invalid_type' && valueAt(root, path) === undefined) {
    message = 'missing field';
  } else if (issue.code === 'invalid_union' && path.at(-1) === 'type') {
    message = `${JSON.stringify(valueAt(root, path))} is not an event type (${EVENT_TYPES.join(', ')})`;
  }
  const where = formatPath(path);
  return new ParseError(where ? `${where}: ${message}` : message, where);
}

/** Limits first (limits.ts): a huge number is "too large", not "not a whole number". */
function checkLimits(backup: unknown): void {
  const breach = backupLimitBreach(backup);
  if (breach) throw new ParseError(breach.message, breach.path);
}

/** Validates a backup file's text; throws ParseError naming the field's path and the problem. */
export function parseBackup(text: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ParseError(`not a backup: bad JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ParseError('not a backup: expected a JSON object');
  }
  const { app, version } = json as { app?: unknown; version?: unknown };
  if (app !== BACKUP_APP) {
    throw new ParseError(
      `app: not a Connects Budget backup (app is ${JSON.stringify(app)})`,
      'app',
    );
  }
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new ParseError(
      `version: backup version ${version} is newer than this app reads (${BACKUP_VERSION}): update the app`,
      'version',
    );
  }
  checkLimits(json);
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) throw describe(parsed.error, json);
  return parsed.data;
}

/** The backup file's text. Validated first, so that no backup is written that cannot be restored. */
export function toBackupJson(data: BackupData): string {
  const backup = {
    app: BACKUP_APP,
    version: BACKUP_VERSION,
    exportedAt: data.exportedAt ?? new Date().toISOString(),
    account: data.account,
    entries: data.entries,
    batches: data.batches,
    customEras: data.customEras,
  };
  checkLimits(backup);
  const parsed = backupSchema.safeParse(backup);
  if (!parsed.success) throw describe(parsed.error, backup);
  return `${JSON.stringify(backup, null, 2)}\n`;
}
