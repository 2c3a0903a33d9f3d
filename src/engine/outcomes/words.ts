/** How outcomes read on the pages and in messages (one wording, as words.ts is for numbers). */
import { formatUsd } from '../words';
import type { Outcome, OutcomeResult, Stage } from './types';

export const STAGE_LABELS: Record<Stage, string> = {
  sent: 'Sent',
  viewed: 'Viewed',
  interview: 'Interview',
  hired: 'Hired',
};

export const RESULT_LABELS: Record<OutcomeResult, string> = {
  open: 'Open',
  hired: 'Hired',
  lost: 'Lost',
  withdrawn: 'Withdrawn',
  cancelled: 'Cancelled',
};

/** "hired ($500.00)", "lost", "at interview", "viewed": where a proposal stands, in a sentence. */
export function outcomeSummary(outcome: Outcome | null | undefined): string {
  const stage = outcome?.stage ?? 'sent';
  if (stage === 'hired' || outcome?.result === 'hired') {
    return outcome?.earnedUsd !== undefined ? `hired (${formatUsd(outcome.earnedUsd)})` : 'hired';
  }
  if (outcome?.result && outcome.result !== 'open') return outcome.result;
  return stage === 'interview' ? 'at interview' : stage;
}
