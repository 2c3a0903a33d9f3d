/**
 * A job's tags and signals as typed (outcomes.md §1, §4): every field as text, checked as the
 * user types, each problem a sentence shown at its field. Used by the ledger's proposal form
 * and by "Worth applying?". The contract's own check (validateSpendOutcome) runs last, so a
 * form never stores what a file could not hold.
 */
import { MAX_PROPOSALS_BAND_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from '../../engine/outcomes/types';
import type { Outcome, Signals } from '../../engine/outcomes/types';
import { validateSpendOutcome } from '../../engine/outcomes/validate';
import { parseWhole } from '../../engine/words';
import { numberProblem } from '../../import/limits';

/** A yes/no signal: '' when not noted. */
export type YesNo = '' | 'yes' | 'no';

export interface SignalsDraft {
  hireRate: string;
  paymentVerified: YesNo;
  invited: YesNo;
  proposals: string;
  clientSpentUsd: string;
  postedDays: string;
  lastViewedDays: string;
  interviewing: string;
  hiredAlready: YesNo;
  clearDescription: YesNo;
}

export type SignalField = keyof SignalsDraft;

export interface JobDraft {
  /** Comma-separated. */
  tags: string;
  signals: SignalsDraft;
}

export type JobField = 'tags' | SignalField;
export type JobErrors = Partial<Record<JobField, string>>;

export const YES_NO_FIELDS = [
  'paymentVerified',
  'invited',
  'hiredAlready',
  'clearDescription',
] as const satisfies readonly SignalField[];

const WHOLE_FIELDS = ['postedDays', 'lastViewedDays', 'interviewing'] as const;

/** The longest a typed number may be (inputs' maxLength): far past any real figure. */
const NUMBER_CHARS = 16;

/** Inputs' `maxLength`: the contract's limits, or room for every tag and its separator. */
export const JOB_MAX_LENGTH: Partial<Record<JobField, number>> = {
  tags: MAX_TAGS * (MAX_TAG_LENGTH + 2),
  proposals: MAX_PROPOSALS_BAND_LENGTH,
  hireRate: NUMBER_CHARS,
  clientSpentUsd: NUMBER_CHARS,
  postedDays: NUMBER_CHARS,
  lastViewedDays: NUMBER_CHARS,
  interviewing: NUMBER_CHARS,
};

export function emptySignalsDraft(): SignalsDraft {
  return {
    hireRate: '',
    paymentVerified: '',
    invited: '',
    proposals: '',
    clientSpentUsd: '',
    postedDays: '',
    lastViewedDays: '',
    interviewing: '',
    hiredAlready: '',
    clearDescription: '',
  };
}

export function emptyJobDraft(): JobDraft {
  return { tags: '', signals: emptySignalsDraft() };
}

const yesNo = (b: boolean | undefined): YesNo => (b === undefined ? '' : b ? 'yes' : 'no');
const num = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** A draft showing what is stored (editing a proposal, or a check opened with its values). */
export function jobDraftFrom(tags: readonly string[] | undefined, signals?: Signals): JobDraft {
  const s = signals ?? {};
  return {
    tags: (tags ?? []).join(', '),
    signals: {
      hireRate: num(s.hireRate),
      paymentVerified: yesNo(s.paymentVerified),
      invited: yesNo(s.invited),
      proposals: s.proposals ?? '',
      clientSpentUsd: num(s.clientSpentUsd),
      postedDays: num(s.postedDays),
      lastViewedDays: num(s.lastViewedDays),
      interviewing: num(s.interviewing),
      hiredAlready: yesNo(s.hiredAlready),
      clearDescription: yesNo(s.clearDescription),
    },
  };
}

/** Whether anything was typed or chosen. */
export function jobDraftIsEmpty(d: JobDraft): boolean {
  return d.tags.trim() === '' && Object.values(d.signals).every((v) => v.trim() === '');
}

/** Code points, as the contract counts a tag's length. */
const chars = (s: string): number => [...s].length;

/** The tags typed, each once, in order: blank pieces between commas are ignored. */
export function splitTags(raw: string): string[] {
  const out: string[] = [];
  for (const piece of raw.split(',')) {
    const tag = piece.trim();
    if (tag !== '' && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** A plain decimal as people type it: `40`, `40.5`, `1,200`, `$1,200.50`, `40%`. */
function parseDecimal(raw: string, { dollars = false, percent = false } = {}): number | null {
  let s = raw.trim().replace(/,/g, '');
  if (dollars) s = s.replace(/^\$/, '');
  if (percent) s = s.replace(/%$/, '').trim();
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

export interface JobCheck {
  errors: JobErrors;
  tags: string[];
  /** The signals typed (empty when none); only the valid ones when there are errors. */
  signals: Signals;
}

const SIGNAL_NAMES: Record<SignalField, string> = {
  hireRate: 'The hire rate',
  paymentVerified: 'Payment verified',
  invited: 'Invited',
  proposals: 'The proposals band',
  clientSpentUsd: 'The client’s spend',
  postedDays: 'The days since posting',
  lastViewedDays: 'The days since the client last viewed it',
  interviewing: 'The number interviewing',
  hiredAlready: 'Someone already hired',
  clearDescription: 'Clear description',
};

/** Checks the tags and signals typed; what is valid is given back even beside an error. */
export function checkJobDraft(d: JobDraft): JobCheck {
  const errors: JobErrors = {};
  const signals: Signals = {};
  const s = d.signals;

  const tags = splitTags(d.tags);
  const long = tags.find((t) => chars(t) > MAX_TAG_LENGTH);
  if (long !== undefined) {
    errors.tags = `Each tag at most ${MAX_TAG_LENGTH} characters: “${[...long].slice(0, 20).join('')}…” has ${chars(long)}.`;
  } else if (tags.length > MAX_TAGS) {
    errors.tags = `At most ${MAX_TAGS} tags (${tags.length} typed).`;
  }

  if (s.hireRate.trim() !== '') {
    const rate = parseDecimal(s.hireRate, { percent: true });
    if (rate === null || rate > 100)
      errors.hireRate = 'The hire rate must be a number from 0 to 100.';
    else signals.hireRate = rate;
  }
  for (const f of YES_NO_FIELDS) {
    if (s[f] !== '') signals[f] = s[f] === 'yes';
  }
  const band = s.proposals.trim();
  if (band !== '') {
    if (chars(band) > MAX_PROPOSALS_BAND_LENGTH)
      errors.proposals = `At most ${MAX_PROPOSALS_BAND_LENGTH} characters.`;
    else signals.proposals = band;
  }
  if (s.clientSpentUsd.trim() !== '') {
    const usd = parseDecimal(s.clientSpentUsd, { dollars: true });
    const tooLarge = usd === null ? null : numberProblem('clientSpentUsd', usd);
    if (usd === null)
      errors.clientSpentUsd =
        'The client’s spend must be an amount in dollars, such as 1200 or 99.50.';
    else if (tooLarge !== null) errors.clientSpentUsd = `The client’s spend is ${tooLarge}.`;
    else signals.clientSpentUsd = usd;
  }
  for (const f of WHOLE_FIELDS) {
    if (s[f].trim() === '') continue;
    const n = parseWhole(s[f]);
    const tooLarge = n === null ? null : numberProblem('jobCount', n);
    if (n === null || n < 0) errors[f] = `${SIGNAL_NAMES[f]} must be a whole number, 0 or more.`;
    else if (tooLarge !== null) errors[f] = `${SIGNAL_NAMES[f]}: ${tooLarge}.`;
    else signals[f] = n;
  }

  // The contract's check, for anything the sentences above did not catch.
  const outcome: Outcome = {};
  if (!errors.tags && tags.length > 0) outcome.tags = tags;
  if (Object.keys(signals).length > 0) outcome.signals = signals;
  for (const problem of validateSpendOutcome({ outcome })) {
    const field = problem.field.replace(/^outcome\.(signals\.)?/, '').replace(/\[\d+\]$/, '');
    const key: JobField = field in s ? (field as SignalField) : 'tags';
    errors[key] ??=
      `${key === 'tags' ? 'Tags' : SIGNAL_NAMES[key as SignalField]}: ${problem.problem}.`;
    if (key === 'tags') outcome.tags = undefined;
    else delete signals[key as SignalField];
  }
  return { errors, tags: errors.tags ? [] : tags, signals };
}

/**
 * The outcome fields a job adds to a proposal: its tags and signals, each left out when empty.
 * Null when there is neither.
 */
export function jobOutcome(tags: readonly string[], signals: Signals): Outcome | null {
  const out: Outcome = {};
  if (tags.length > 0) out.tags = [...tags];
  if (Object.keys(signals).length > 0) out.signals = { ...signals };
  return Object.keys(out).length > 0 ? out : null;
}
