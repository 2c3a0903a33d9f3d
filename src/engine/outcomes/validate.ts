/**
 * One check of a spend's `kind` and `outcome` for forms and imports: every problem at once,
 * each naming its field (`outcome.earnedUsd: only a hire has earnings`). The same schema
 * pieces check scenario files and backups, so a form and a file never disagree.
 */
import { z } from '../zod';
import { formatPath } from '../scenario';
import { checkSpendOutcome, outcomeSchema, spendKindSchema } from './schema';

export interface OutcomeProblem {
  /** The field's path from the spend: `kind`, `outcome.tags[2]`, `outcome.signals.hireRate`. */
  field: string;
  /** What is wrong, to show next to the field: `only a hire has earnings`. */
  problem: string;
  /** Both, for a list of problems: `outcome.earnedUsd: only a hire has earnings`. */
  message: string;
}

const spendPart = z
  .object({
    date: z.string().optional(),
    kind: spendKindSchema.optional(),
    outcome: outcomeSchema.optional(),
  })
  .superRefine((spend, ctx) => {
    if (spend.date !== undefined) checkSpendOutcome({ ...spend, date: spend.date }, ctx);
  });

const EXPECTED: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  string: 'a text',
  array: 'a list',
  object: 'an object',
};

function problemOf(issue: z.core.$ZodIssue): { path: PropertyKey[]; problem: string } {
  switch (issue.code) {
    case 'unrecognized_keys':
      return { path: [...issue.path, issue.keys[0] ?? ''], problem: 'unknown field' };
    case 'invalid_type':
      return {
        path: issue.path,
        problem: `expected ${EXPECTED[issue.expected] ?? issue.expected}`,
      };
    case 'invalid_value':
      return {
        path: issue.path,
        problem: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    default:
      return { path: issue.path, problem: issue.message };
  }
}

/**
 * The problems of a spend's `kind` and `outcome` (§1): shapes and ranges, the rules between
 * stage, result and earnings, an outcome only on a proposal, `decidedOn` not before `date`
 * (when given). Empty when all is well.
 */
export function validateSpendOutcome(spend: {
  date?: string;
  kind?: unknown;
  outcome?: unknown;
}): OutcomeProblem[] {
  const parsed = spendPart.safeParse({
    date: spend.date,
    kind: spend.kind,
    outcome: spend.outcome,
  });
  if (parsed.success) return [];
  const seen = new Set<string>();
  const out: OutcomeProblem[] = [];
  for (const issue of parsed.error.issues) {
    const { path, problem } = problemOf(issue);
    const field = formatPath(path);
    const message = `${field}: ${problem}`;
    if (seen.has(message)) continue;
    seen.add(message);
    out.push({ field, problem, message });
  }
  return out;
}
