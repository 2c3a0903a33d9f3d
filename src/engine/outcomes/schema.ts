/**
 * Zod pieces for a spend's `kind` and `outcome` (outcomes.md §1, §4), shared by scenario
 * files, backups and `validateSpendOutcome`. Each check carries the message a user reads
 * next to the field, so a file error and a form error say the same thing.
 */
import { z } from '../zod';
import { parseIsoDate } from '../dates';
import {
  MAX_PROPOSALS_BAND_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  RESULTS,
  SPEND_KINDS,
  STAGES,
  type Outcome,
  type Signals,
} from './types';

/** Length in characters (code points), so one emoji counts once. */
const chars = (s: string): number => {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
};

const date = z
  .string()
  .refine((s) => parseIsoDate(s) !== null, { message: 'is not a date as YYYY-MM-DD' });
const whole = z.number().int('expected a whole number').min(0, 'must not be negative');
const dollars = z.number().min(0, 'must not be negative');

export const spendKindSchema = z.enum(SPEND_KINDS);
export const stageSchema = z.enum(STAGES);
export const resultSchema = z.enum(RESULTS);

export const tagSchema = z
  .string()
  .refine((t) => t.trim() !== '', { message: 'must not be empty' })
  .refine((t) => chars(t) <= MAX_TAG_LENGTH, {
    message: `too long: at most ${MAX_TAG_LENGTH} characters`,
  });

const signalFields = {
  hireRate: z.number().min(0, 'must be 0–100').max(100, 'must be 0–100').optional(),
  paymentVerified: z.boolean().optional(),
  invited: z.boolean().optional(),
  proposals: z
    .string()
    .refine((t) => chars(t) <= MAX_PROPOSALS_BAND_LENGTH, {
      message: `too long: at most ${MAX_PROPOSALS_BAND_LENGTH} characters`,
    })
    .optional(),
  clientSpentUsd: dollars.optional(),
  postedDays: whole.optional(),
  lastViewedDays: whole.optional(),
  interviewing: whole.optional(),
  hiredAlready: z.boolean().optional(),
  clearDescription: z.boolean().optional(),
};

function outcomeFields<S extends z.ZodType<Signals>>(signals: S) {
  return {
    stage: stageSchema.optional(),
    result: resultSchema.optional(),
    decidedOn: date.optional(),
    earnedUsd: dollars.optional(),
    tags: z.array(tagSchema).max(MAX_TAGS, `at most ${MAX_TAGS} tags`).optional(),
    signals: signals.optional(),
  };
}

/** A problem of one field of an outcome, its path relative to the outcome. */
export interface OutcomeRuleProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The rules between an outcome's fields (§1) and, given the proposal's date, `decidedOn`
 * against it. Field shapes are the schema's business: this reads only what is well formed.
 */
export function outcomeRuleProblems(outcome: Outcome, spendDate?: string): OutcomeRuleProblem[] {
  const out: OutcomeRuleProblem[] = [];
  const hiredStage = outcome.stage === 'hired';
  if (outcome.result === 'hired' && !hiredStage) {
    out.push({ path: ['result'], message: 'a hire needs stage "hired"' });
  }
  if (hiredStage && outcome.result !== undefined && outcome.result !== 'hired') {
    out.push({
      path: ['result'],
      message: `stage "hired" allows no result but "hired" (got "${outcome.result}")`,
    });
  }
  if (outcome.earnedUsd !== undefined && !hiredStage) {
    out.push({ path: ['earnedUsd'], message: 'only a hire has earnings' });
  }
  if (
    outcome.decidedOn !== undefined &&
    spendDate !== undefined &&
    parseIsoDate(spendDate) !== null &&
    outcome.decidedOn < spendDate
  ) {
    out.push({
      path: ['decidedOn'],
      message: `${outcome.decidedOn} is before the proposal's date ${spendDate}`,
    });
  }
  return out;
}

function withRules<T extends z.ZodType<Outcome>>(schema: T): T {
  return schema.superRefine((outcome, ctx) => {
    for (const p of outcomeRuleProblems(outcome)) {
      ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    }
  });
}

/** Scenario files: unknown fields are errors, so typos surface. */
export const signalsSchema = z.strictObject(signalFields);
export const outcomeSchema = withRules(z.strictObject(outcomeFields(signalsSchema)));

/** Backups keep fields a later version may add (import.md §3); known fields are still checked. */
export const looseSignalsSchema = z.looseObject(signalFields);
export const looseOutcomeSchema = withRules(z.looseObject(outcomeFields(looseSignalsSchema)));

/**
 * The rules between a spend and its outcome: an outcome only on a proposal (kind absent or
 * `proposal`), and `decidedOn` not before the spend's date. Paths are the spend's.
 */
export function spendOutcomeProblems(spend: {
  date: string;
  kind?: string | undefined;
  outcome?: Outcome | undefined;
}): OutcomeRuleProblem[] {
  const outcome = spend.outcome;
  if (outcome === undefined) return [];
  if (spend.kind !== undefined && spend.kind !== 'proposal') {
    return [
      { path: ['outcome'], message: `only a proposal has an outcome (kind is "${spend.kind}")` },
    ];
  }
  return outcomeRuleProblems({ decidedOn: outcome.decidedOn }, spend.date).map((p) => ({
    path: ['outcome', ...p.path],
    message: p.message,
  }));
}

/** `spendOutcomeProblems` for `.superRefine` on a spend event's schema. */
export function checkSpendOutcome(
  spend: { date: string; kind?: string | undefined; outcome?: Outcome | undefined },
  ctx: z.RefinementCtx,
): void {
  for (const p of spendOutcomeProblems(spend)) {
    ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  }
}
