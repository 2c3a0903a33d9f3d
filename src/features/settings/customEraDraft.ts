/**
 * A custom era being edited: a copy of an era with every number as text. It is checked with
 * the engine's `eraSchema`, so a custom era obeys exactly the rules a scenario file's era does;
 * each problem is keyed by the value's path (e.g. `plans.freelancer-plus.allotment`).
 */
import { ERA_CATALOGUE, type Era, type PlanRules } from '../../engine/eras';
import { eraSchema } from '../../engine/scenario';
import {
  ERA_PLAN_LIMITS,
  numberProblem,
  TEXT_LIMITS,
  textProblem,
  type NumberLimit,
} from '../../import/limits';

export interface PlanDraft {
  monthlyFeeUsd: string;
  allotment: string;
  rolloverCap: string;
  maxBalance: string;
  canPurchase: boolean;
  pricePerConnectUsd: string;
  bundles: string;
}

export interface EraDraft {
  id: string;
  name: string;
  from: string;
  lotLifetime: '1y' | '';
  bonusAmount: string;
  bonusCap: string;
  plans: Record<string, PlanDraft>;
  /** Where the copy came from, kept as its source. */
  copiedFrom: string;
}

export type EraErrors = Record<string, string>;

/** The text inputs' limits (the same as a restored backup's): their `maxLength`. */
export const MAX_LENGTH: Readonly<Record<string, number>> = {
  id: TEXT_LIMITS.eraId,
  name: TEXT_LIMITS.eraName,
};

const SOURCE_PREFIX = 'custom, copied from ';

const text = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : String(n);

export function draftFromEra(era: Era, id: string, name: string): EraDraft {
  const plans: Record<string, PlanDraft> = {};
  for (const [plan, r] of Object.entries(era.plans)) {
    plans[plan] = {
      monthlyFeeUsd: String(r.monthlyFeeUsd),
      allotment: String(r.allotment),
      rolloverCap: text(r.rolloverCap),
      maxBalance: text(r.maxBalance),
      canPurchase: r.canPurchase,
      pricePerConnectUsd: text(r.pricePerConnectUsd),
      bundles: r.bundles ? r.bundles.join(', ') : '',
    };
  }
  return {
    id,
    name,
    from: era.from,
    lotLifetime: era.lotLifetime ?? '',
    bonusAmount: text(era.interviewBonus?.amount),
    bonusCap: text(era.interviewBonus?.capPer7Days),
    plans,
    copiedFrom: era.name ?? era.id,
  };
}

/** A free id like `custom-2`, not used by the catalogue or another custom era. */
export function freeId(taken: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const id = `custom-${n}`;
    if (!taken.includes(id) && !ERA_CATALOGUE.some((e) => e.id === id)) return id;
  }
}

type Num = number | null | typeof NOT_A_NUMBER;
const NOT_A_NUMBER = Symbol('not a number');

function num(raw: string, nullable: boolean): Num {
  const s = raw.trim();
  if (s === '') return nullable ? null : NOT_A_NUMBER;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NOT_A_NUMBER;
}

export interface EraCheck {
  errors: EraErrors;
  era: Era | null;
}

export function checkEraDraft(d: EraDraft, otherIds: readonly string[]): EraCheck {
  const errors: EraErrors = {};
  const field = (path: string, raw: string, nullable: boolean): unknown => {
    const v = num(raw, nullable);
    if (v === NOT_A_NUMBER) {
      errors[path] = nullable ? 'Enter a number, or leave it blank.' : 'Enter a number.';
      return 0;
    }
    return v;
  };
  const plans: Record<string, unknown> = {};
  for (const [plan, p] of Object.entries(d.plans)) {
    const at = `plans.${plan}`;
    const bundles =
      p.bundles.trim() === ''
        ? null
        : p.bundles
            .split(/[\s,]+/)
            .filter(Boolean)
            .map(Number);
    if (bundles?.some((b) => Number.isNaN(b)))
      errors[`${at}.bundles`] = 'List whole numbers, e.g. 10, 20, 40.';
    plans[plan] = {
      monthlyFeeUsd: field(`${at}.monthlyFeeUsd`, p.monthlyFeeUsd, false),
      allotment: field(`${at}.allotment`, p.allotment, false),
      rolloverCap: field(`${at}.rolloverCap`, p.rolloverCap, true),
      maxBalance: field(`${at}.maxBalance`, p.maxBalance, true),
      canPurchase: p.canPurchase,
      pricePerConnectUsd: field(`${at}.pricePerConnectUsd`, p.pricePerConnectUsd, true),
      bundles: bundles?.some((b) => Number.isNaN(b)) ? null : bundles,
    };
  }
  const hasBonus = d.bonusAmount.trim() !== '' || d.bonusCap.trim() !== '';
  const candidate = {
    id: d.id.trim(),
    name: d.name.trim() || undefined,
    from: d.from,
    lotLifetime: d.lotLifetime === '' ? null : d.lotLifetime,
    interviewBonus: hasBonus
      ? {
          amount: field('interviewBonus.amount', d.bonusAmount, false),
          capPer7Days: field('interviewBonus.capPer7Days', d.bonusCap, false),
        }
      : null,
    plans,
    // Edited again, an era is still a copy of the first one (not "copied from custom, copied from …").
    source: d.copiedFrom.startsWith(SOURCE_PREFIX)
      ? d.copiedFrom
      : `${SOURCE_PREFIX}${d.copiedFrom}`,
  };
  checkLimits(candidate, errors);
  const parsed = eraSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!errors[path]) errors[path] = sentence(issue.message);
    }
  }
  const id = d.id.trim();
  if (id && ERA_CATALOGUE.some((e) => e.id === id))
    errors.id = `“${id}” is an era of the catalogue: pick another id.`;
  else if (id && otherIds.includes(id)) errors.id = `Another custom era is called “${id}”.`;
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors, era: null };
  return { errors, era: parsed.data as Era };
}

/** Ids, names and figures over their limits (limits.ts), as errors by path. */
function checkLimits(
  era: { id: string; name?: string; interviewBonus: unknown; plans: Record<string, unknown> },
  errors: EraErrors,
): void {
  const over = (path: string, limit: NumberLimit, value: unknown): void => {
    const problem = typeof value === 'number' ? numberProblem(limit, value) : null;
    if (problem && !errors[path]) errors[path] = sentence(problem);
  };
  if (textProblem('eraId', era.id)) errors.id = `At most ${TEXT_LIMITS.eraId} characters.`;
  if (era.name !== undefined && textProblem('eraName', era.name)) {
    errors.name = `At most ${TEXT_LIMITS.eraName} characters.`;
  }
  const bonus = era.interviewBonus as Record<string, unknown> | null;
  if (bonus) {
    over('interviewBonus.amount', 'eraConnects', bonus.amount);
    over('interviewBonus.capPer7Days', 'eraConnects', bonus.capPer7Days);
  }
  for (const [plan, rules] of Object.entries(era.plans)) {
    const r = rules as Record<string, unknown>;
    for (const [key, limit] of Object.entries(ERA_PLAN_LIMITS)) {
      const values = Array.isArray(r[key]) ? (r[key] as unknown[]) : [r[key]];
      for (const value of values) over(`plans.${plan}.${key}`, limit, value);
    }
  }
}

const WORDS: Record<string, string> = {
  'is not a date as YYYY-MM-DD': 'Enter a date as YYYY-MM-DD.',
  'is not a real calendar date': 'Not a real calendar date.',
  'expected a whole number': 'Must be a whole number.',
};

function sentence(message: string): string {
  const known = WORDS[message];
  if (known) return known;
  const s = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

export type PlanKey = keyof PlanRules;
