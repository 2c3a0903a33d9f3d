/**
 * Status words as the platform and spreadsheets write them (outcomes.md §6), as data: each
 * word gives a result and either a stage of its own or "the Stage column, else sent".
 * Words match in any case, whitespace collapsed.
 */
import { STAGES, type OutcomeResult, type Stage } from '../engine/outcomes/types';
import { fold } from './values';

export interface StatusWordRule {
  words: readonly string[];
  /** The stage the word implies; null: the Stage column's, else `sent`. */
  stage: Stage | null;
  result: OutcomeResult;
}

export const STATUS_WORD_RULES: readonly StatusWordRule[] = [
  { words: ['submitted', 'sent', 'active'], stage: 'sent', result: 'open' },
  { words: ['viewed'], stage: 'viewed', result: 'open' },
  { words: ['interviewing', 'interview', 'messaged', 'offer'], stage: 'interview', result: 'open' },
  { words: ['hired', 'won', 'contract'], stage: 'hired', result: 'hired' },
  {
    words: ['declined', 'not hired', 'lost', 'archived', 'rejected'],
    stage: null,
    result: 'lost',
  },
  { words: ['withdrawn'], stage: null, result: 'withdrawn' },
  { words: ['job closed', 'cancelled', 'canceled', 'closed'], stage: null, result: 'cancelled' },
];

const BY_WORD = new Map<string, StatusWordRule>(
  STATUS_WORD_RULES.flatMap((rule) => rule.words.map((w) => [w, rule] as const)),
);

/** Stage column words: the stage names, and the status words that imply a stage. */
const STAGE_WORDS = new Map<string, Stage>([
  ...STATUS_WORD_RULES.flatMap((rule) =>
    rule.stage === null ? [] : rule.words.map((w) => [w, rule.stage as Stage] as const),
  ),
  ...STAGES.map((s) => [s, s] as const),
]);

/** The rule of a status word, or undefined when it is not one. */
export function statusWordRule(word: string): StatusWordRule | undefined {
  return BY_WORD.get(fold(word));
}

/** A Stage column cell: `Sent`, `Viewed`, `Interview`(ing), `Hired`, … or undefined. */
export function stageOfWord(word: string): Stage | undefined {
  return STAGE_WORDS.get(fold(word));
}

export type StatusReading =
  | { ok: true; stage?: Stage; result?: OutcomeResult }
  | { ok: false; field: 'status' | 'stage'; message: string };

/**
 * A row's Status and Stage cells (either may be blank or absent) as an outcome's stage and
 * result. A word with a stage of its own decides the stage; the others take the Stage
 * column's, else `sent`. Blank cells give nothing.
 */
export function readStatus(cells: { status?: string; stage?: string }): StatusReading {
  const statusText = fold(cells.status ?? '');
  const stageText = fold(cells.stage ?? '');
  let stage: Stage | undefined;
  if (stageText !== '') {
    stage = STAGE_WORDS.get(stageText);
    if (stage === undefined) {
      return {
        ok: false,
        field: 'stage',
        message: `"${cells.stage?.trim()}" is not a stage (${STAGES.join(', ')})`,
      };
    }
  }
  if (statusText === '') return stage === undefined ? { ok: true } : { ok: true, stage };
  const rule = BY_WORD.get(statusText);
  if (!rule) {
    return {
      ok: false,
      field: 'status',
      message: `"${cells.status?.trim()}" is not a status word (${[...BY_WORD.keys()].join(', ')})`,
    };
  }
  if (rule.stage !== null) return { ok: true, stage: rule.stage, result: rule.result };
  const chosen = stage ?? 'sent';
  if (chosen === 'hired') {
    return {
      ok: false,
      field: 'stage',
      message: `stage "hired" does not go with status "${cells.status?.trim()}"`,
    };
  }
  return { ok: true, stage: chosen, result: rule.result };
}
