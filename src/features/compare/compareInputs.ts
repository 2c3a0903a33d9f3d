/**
 * The Compare page's inputs and their home in the URL
 * (`?p=12&c=8&b=0&r=0&bonus=0&h=24&era=auto`), so a comparison can be
 * bookmarked or shared. A parameter that is missing, junk or out of range
 * falls back to its default, one by one.
 */
import type { ComparePace } from '../../engine/compare';

export type NumberKey = 'p' | 'c' | 'b' | 'r' | 'bonus' | 'h';

export interface CompareInputs {
  /** Proposals per cycle. */
  p: number;
  /** Average Connects per proposal. */
  c: number;
  /** Boost per proposal. */
  b: number;
  /** Share of proposals refunded, in percent. */
  r: number;
  /** Bonus Connects per cycle. */
  bonus: number;
  /** Horizon in cycles. */
  h: number;
  /** `auto`, a catalogue era's id or a custom era's id. */
  era: string;
}

export interface NumberField {
  key: NumberKey;
  label: string;
  hint: string;
  min: number;
  max: number;
  step: number;
  integer: boolean;
}

export const NUMBER_FIELDS: readonly NumberField[] = [
  {
    key: 'p',
    label: 'Proposals per cycle',
    hint: 'How many you send a month',
    min: 0,
    max: 1000,
    step: 1,
    integer: false,
  },
  {
    key: 'c',
    label: 'Connects per proposal',
    hint: 'On average, without boosts',
    min: 0,
    max: 100,
    step: 1,
    integer: false,
  },
  {
    key: 'b',
    label: 'Boost per proposal',
    hint: 'Extra Connects bid, on average',
    min: 0,
    max: 100,
    step: 1,
    integer: false,
  },
  {
    key: 'r',
    label: 'Refunded (%)',
    hint: 'Share of proposals refunded',
    min: 0,
    max: 100,
    step: 5,
    integer: false,
  },
  {
    key: 'bonus',
    label: 'Bonus per cycle',
    hint: 'Bonus Connects received',
    min: 0,
    max: 1000,
    step: 1,
    integer: false,
  },
  {
    key: 'h',
    // Each cycle of the horizon is simulated at every point of the break-even curve: 60 keeps it quick.
    label: 'Horizon (cycles)',
    hint: 'Cycles simulated, 1 to 60',
    min: 1,
    max: 60,
    step: 1,
    integer: true,
  },
];

export const DEFAULT_HORIZON = 24;

/** The typed text as a value of the field, or null when it is not one. */
export function parseField(field: NumberField, text: string | null): number | null {
  if (text === null || text.trim() === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n) || n < field.min || n > field.max) return null;
  if (field.integer && !Number.isInteger(n)) return null;
  return n;
}

export function readInputs(
  params: URLSearchParams,
  defaults: CompareInputs,
  eraIds: readonly string[],
): CompareInputs {
  const out = { ...defaults };
  for (const field of NUMBER_FIELDS) {
    const value = parseField(field, params.get(field.key));
    if (value !== null) out[field.key] = value;
  }
  const era = params.get('era');
  if (era !== null && (era === 'auto' || eraIds.includes(era))) out.era = era;
  return out;
}

export function writeInputs(inputs: CompareInputs): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of NUMBER_FIELDS) params.set(field.key, String(inputs[field.key]));
  params.set('era', inputs.era);
  return params;
}

export function sameInputs(a: CompareInputs, b: CompareInputs): boolean {
  return a.era === b.era && NUMBER_FIELDS.every((f) => a[f.key] === b[f.key]);
}

/** The engine's pace from the inputs (the refund share as a fraction). */
export function paceOf(inputs: CompareInputs): ComparePace {
  return {
    proposalsPerCycle: inputs.p,
    connectsPerProposal: inputs.c,
    boostPerProposal: inputs.b,
    refundShare: inputs.r / 100,
    bonusPerCycle: inputs.bonus,
  };
}
