/**
 * Scenario files (spec/scenario-format.md): the schema, and one-line error
 * messages that name the field's path and the problem. Known event types are
 * checked strictly; an unknown type is left for the replay to reject.
 */
import { z } from './zod';
import { isCycleStart, parseIsoDate } from './dates';
import { ERA_CATALOGUE, eraResolver, findEra, type Era, type EraChoice } from './eras';
import { checkSpendOutcome, outcomeSchema, spendKindSchema } from './outcomes/schema';
import type { ReplayInput } from './replay';
import {
  BONUS_REASONS,
  EVENT_TYPES,
  STATEMENT_FIELDS,
  type AnyEvent,
  type Statement,
} from './types';

const isoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { message: 'is not a date as YYYY-MM-DD' })
  .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || parseIsoDate(s) !== null, {
    message: 'is not a real calendar date',
  });
const count = z.number().int('expected a whole number').min(0, 'must not be negative');
const positive = count.min(1, 'must be at least 1');
const usd = z.number().min(0, 'must not be negative');
const nullableCount = count.nullable();

const planRules = z.strictObject({
  monthlyFeeUsd: usd,
  allotment: count,
  rolloverCap: nullableCount,
  maxBalance: nullableCount.default(null),
  canPurchase: z.boolean(),
  pricePerConnectUsd: usd.nullable(),
  bundles: z.array(positive).nullable().optional(),
});

const interviewBonus = z
  // The contract names the cap only in words ("cap per rolling 7 days"): accept the plain spellings.
  .strictObject({
    amount: positive,
    capPer7Days: positive.optional(),
    cap: positive.optional(),
    per7Days: positive.optional(),
  })
  .refine((b) => (b.capPer7Days ?? b.cap ?? b.per7Days) !== undefined, {
    message: 'needs capPer7Days (the most awarded in 7 days)',
  })
  .transform((b) => ({
    amount: b.amount,
    capPer7Days: (b.capPer7Days ?? b.cap ?? b.per7Days) as number,
  }));

export const eraSchema = z.strictObject({
  id: z.string().min(1, 'must not be empty'),
  name: z.string().optional(),
  // A custom era replays the whole ledger, so its date only matters for display.
  from: isoDate.default('1970-01-01'),
  lotLifetime: z.enum(['1y']).nullable().default(null),
  interviewBonus: interviewBonus.nullable().default(null),
  plans: z
    .record(z.string(), planRules)
    .refine((plans) => Object.keys(plans).length > 0, { message: 'needs at least one plan' }),
  source: z.string().optional(),
  sources: z.record(z.string(), z.string()).optional(),
  assumed: z.array(z.string()).optional(),
}) satisfies z.ZodType<Era, unknown>;

const accountSchema = z.strictObject({
  plan: z.string().min(1, 'must not be empty'),
  cycleDay: z
    .number()
    .int('expected a whole number')
    .min(1, 'must be 1–31')
    .max(31, 'must be 1–31'),
  start: isoDate,
  startingBalance: count.optional(),
});

const base = { date: isoDate };
const eventSchemas: Record<string, z.ZodType> = {
  spend: z
    .strictObject({
      ...base,
      type: z.literal('spend'),
      connects: count,
      boost: count.optional(),
      ref: z.string().optional(),
      kind: spendKindSchema.optional(),
      outcome: outcomeSchema.optional(),
    })
    .superRefine(checkSpendOutcome),
  purchase: z.strictObject({
    ...base,
    type: z.literal('purchase'),
    connects: positive,
    usd: usd.optional(),
  }),
  bonus: z
    .strictObject({
      ...base,
      type: z.literal('bonus'),
      reason: z.enum(BONUS_REASONS),
      connects: count.optional(),
    })
    .refine((b) => b.reason === 'interview' || b.connects !== undefined, {
      message: 'a bonus other than interview needs connects',
      path: ['connects'],
    }),
  refund: z.strictObject({
    ...base,
    type: z.literal('refund'),
    ref: z.string(),
    connects: positive.optional(),
  }),
  adjust: z.strictObject({
    ...base,
    type: z.literal('adjust'),
    connects: z
      .number()
      .int('expected a whole number')
      .refine((n) => n !== 0, 'must not be 0'),
    note: z.string().optional(),
  }),
  plan: z.strictObject({
    ...base,
    type: z.literal('plan'),
    plan: z.string().min(1, 'must not be empty'),
  }),
};
const KNOWN: ReadonlySet<string> = new Set(EVENT_TYPES);

const eventSchema = z.unknown().superRefine((value, ctx) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'expected an event object' });
    return;
  }
  const type = (value as { type?: unknown }).type;
  if (type === undefined) {
    ctx.addIssue({ code: 'custom', message: 'missing field', path: ['type'] });
    return;
  }
  if (typeof type !== 'string') {
    ctx.addIssue({ code: 'custom', message: 'expected a string', path: ['type'] });
    return;
  }
  const schema = KNOWN.has(type) ? eventSchemas[type] : undefined;
  if (!schema) return; // unknown types are rejected by the replay, unchecked
  const parsed = schema.safeParse(value);
  if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue } as never);
});

const TEXT_FIELDS: Partial<Record<keyof Statement, z.ZodType>> = {
  start: isoDate,
  end: isoDate,
  plan: z.string(),
  era: z.string(),
  costUsd: z.number(),
};
const expectCycle = z.strictObject(
  Object.fromEntries(
    STATEMENT_FIELDS.map((k) => [
      k,
      (TEXT_FIELDS[k] ?? z.number().int('expected a whole number')).optional(),
    ]),
  ),
);

const scenarioSchema = z.strictObject({
  name: z.string().optional(),
  source: z.string().optional(),
  era: z.union([z.string(), eraSchema]).optional(),
  account: accountSchema,
  events: z.array(eventSchema),
  until: isoDate.optional(),
  expect: z
    .strictObject({
      cycles: z.array(expectCycle).optional(),
      rejected: z.array(z.strictObject({ index: count, code: z.string() })).optional(),
      warnings: z
        .array(z.strictObject({ index: count, code: z.string(), applied: count }))
        .optional(),
    })
    .optional(),
});

export interface Scenario {
  name?: string;
  source?: string;
  era: EraChoice;
  account: ReplayInput['account'];
  events: AnyEvent[];
  until?: string;
  expect?: {
    cycles?: Partial<Statement>[];
    rejected?: { index: number; code: string }[];
    warnings?: { index: number; code: string; applied: number }[];
  };
}

export class ScenarioError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(path ? `${path}: ${problem}` : problem);
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: z.core.$ZodIssue, root: unknown): ScenarioError {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return new ScenarioError(formatPath([...issue.path, key]), 'unknown field');
  }
  const value = valueAt(root, issue.path);
  if (issue.code === 'invalid_type' && value === undefined) {
    return new ScenarioError(formatPath(issue.path), 'missing field');
  }
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  let problem = issue.message;
  if (issue.code === 'invalid_type') {
    problem = `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, got ${shown}`;
  } else if (issue.code === 'invalid_value')
    problem = `${shown} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  else if (issue.code === 'custom' && problem.startsWith('is not')) problem = `${shown} ${problem}`;
  else if (shown !== undefined && issue.code !== 'custom') problem = `${shown} ${problem}`;
  return new ScenarioError(formatPath(issue.path), problem);
}

/** Validates a parsed JSON value as a scenario; throws ScenarioError naming the first problem. */
export function parseScenario(json: unknown, catalogue: readonly Era[] = ERA_CATALOGUE): Scenario {
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) {
    // A misspelt field also reads as a missing one: naming the unknown field says more.
    const issues = parsed.error.issues;
    const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
    throw issue ? describe(issue, json) : new ScenarioError('', 'not a valid scenario');
  }
  const data = parsed.data;
  const era: EraChoice = data.era ?? 'auto';
  if (typeof era === 'string' && era !== 'auto' && !findEra(era, catalogue)) {
    throw new ScenarioError(
      'era',
      `unknown era "${era}" (known: auto, ${catalogue.map((e) => e.id).join(', ')})`,
    );
  }
  const start = parseIsoDate(data.account.start) as number;
  if (!isCycleStart(start, data.account.cycleDay)) {
    throw new ScenarioError(
      'account.start',
      `${data.account.start} is not a cycle start for cycle day ${data.account.cycleDay}`,
    );
  }
  const firstEra = eraResolver(era, catalogue)(start);
  if (!firstEra.plans[data.account.plan]) {
    throw new ScenarioError(
      'account.plan',
      `unknown plan "${data.account.plan}" in era ${firstEra.id} (known: ${Object.keys(firstEra.plans).join(', ')})`,
    );
  }
  if (data.until !== undefined && (parseIsoDate(data.until) as number) < start) {
    throw new ScenarioError('until', `${data.until} is before account.start ${data.account.start}`);
  }
  return { ...data, era, events: data.events as AnyEvent[] } as Scenario;
}

export function scenarioInput(scenario: Scenario): ReplayInput {
  const input: ReplayInput = {
    account: scenario.account,
    events: scenario.events,
    era: scenario.era,
  };
  if (scenario.until !== undefined) input.until = scenario.until;
  return input;
}
