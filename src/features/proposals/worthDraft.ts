/**
 * The job typed into "Worth applying?": its title, Connects, boost, tags and signals, each
 * checked as typed. The check and the budget use whatever is valid; recording needs it all.
 */
import type { NewEntry } from '../../commands';
import type { Outcome, Signals } from '../../engine/outcomes/types';
import { formatCount, parseWhole } from '../../engine/words';
import { NUMBER_LIMITS, TEXT_LIMITS } from '../../import/limits';
import {
  checkJobDraft,
  emptyJobDraft,
  jobDraftFrom,
  jobOutcome,
  type JobDraft,
  type JobErrors,
} from '../shared/jobDraft';
import type { WorthInitial } from '../shared/worthLink';

export interface WorthDraft {
  title: string;
  connects: string;
  boost: string;
  job: JobDraft;
}

export type WorthField = 'title' | 'connects' | 'boost';

export const WORTH_MAX_LENGTH: Record<WorthField, number> = {
  title: TEXT_LIMITS.details,
  connects: 8,
  boost: 8,
};

export function worthDraftFrom(initial: WorthInitial | undefined): WorthDraft {
  const num = (n: number | undefined): string => (n === undefined ? '' : String(n));
  return {
    title: initial?.title ?? '',
    connects: num(initial?.connects),
    boost: initial?.boost ? String(initial.boost) : '',
    job: initial ? jobDraftFrom(initial.tags, initial.signals) : emptyJobDraft(),
  };
}

export interface WorthCheck {
  errors: Partial<Record<WorthField, string>>;
  jobErrors: JobErrors;
  /** The Connects asked, when valid. */
  connects: number | null;
  /** The boost, 0 when blank; null when not valid. */
  boost: number | null;
  tags: string[];
  signals: Signals;
  /** The proposal to record today, when everything is valid. */
  entry: NewEntry | null;
  /** Its tags and signals, as its outcome (null: none). */
  outcome: Outcome | null;
}

const MAX = NUMBER_LIMITS.connects;

function whole(raw: string, what: string): { value: number | null; error: string | null } {
  const n = parseWhole(raw);
  if (n === null) return { value: null, error: `${what} must be a whole number.` };
  if (n < 0) return { value: null, error: `${what} must be 0 or more.` };
  if (n > MAX) return { value: null, error: `${what} must be at most ${formatCount(MAX)}.` };
  return { value: n, error: null };
}

export function checkWorthDraft(d: WorthDraft, today: string): WorthCheck {
  const errors: WorthCheck['errors'] = {};
  const title = d.title.trim();
  if (title === '') errors.title = 'Enter the job title or a reference to record the proposal.';
  else if (title.length > TEXT_LIMITS.details)
    errors.title = `At most ${formatCount(TEXT_LIMITS.details)} characters.`;

  let connects: number | null = null;
  if (d.connects.trim() === '') errors.connects = 'Enter the Connects the job asks for.';
  else {
    const c = whole(d.connects, 'The Connects');
    connects = c.value;
    if (c.error) errors.connects = c.error;
  }
  let boost: number | null = 0;
  if (d.boost.trim() !== '') {
    const b = whole(d.boost, 'The boost');
    boost = b.value;
    if (b.error) errors.boost = b.error;
  }

  const job = checkJobDraft(d.job);
  const outcome = jobOutcome(job.tags, job.signals);
  const valid = Object.keys(errors).length === 0 && Object.keys(job.errors).length === 0;
  const entry: NewEntry | null =
    valid && connects !== null && boost !== null
      ? {
          date: today,
          type: 'spend',
          connects,
          ...(boost ? { boost } : {}),
          ref: title,
          details: title,
        }
      : null;
  return {
    errors,
    jobErrors: job.errors,
    connects,
    boost,
    tags: job.tags,
    signals: job.signals,
    entry,
    outcome,
  };
}
