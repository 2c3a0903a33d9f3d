/**
 * The check before applying (outcomes.md §4) in words: each finding as a sentence drawn from
 * the seeds (article-save-your-connects.txt, article-what-are-connects.txt), its severity, and
 * the verdict. The findings themselves come from the engine's checkJob.
 */
import type {
  Finding,
  FindingCode,
  JobCheck,
  JobVerdict,
  Severity,
} from '../../engine/outcomes/worth';
import type { Signals } from '../../engine/outcomes/types';
import { formatTenths, plural } from '../../engine/words';

export const SEVERITY_LABELS: Record<Severity, string> = {
  stop: 'Stop',
  warn: 'Warning',
  good: 'Good sign',
};

export const VERDICT_LABELS: Record<JobVerdict, string> = {
  apply: 'Apply',
  'think-twice': 'Think twice',
  skip: 'Skip it',
};

const rate = (s: Signals): string =>
  s.hireRate === undefined ? '' : ` (${formatTenths(s.hireRate)}%)`;

const FINDING_TEXT: Record<FindingCode, (s: Signals) => string> = {
  'already-hired': () =>
    'Someone is already hired for this job: the client is unlikely to hire again, and the Connects would be lost.',
  'low-hire-rate': (s) =>
    `The client hires for fewer than half of the jobs they post${rate(s)}: little chance of a hire.`,
  'payment-unverified': () =>
    'The client’s payment method is not verified: read the description closely before spending Connects.',
  'idle-job': (s) =>
    `The client has not looked at the job for ${plural(s.lastViewedDays ?? 0, 'day')} and is interviewing no one: the job looks idle.`,
  'vague-description': () =>
    'The description is not clear: genuine jobs have a proper description.',
  'still-interviewing': (s) =>
    `Posted ${plural(s.postedDays ?? 0, 'day')} ago and the client is still interviewing ${plural(s.interviewing ?? 0, 'freelancer')}: they are still looking.`,
  'verified-hirer': (s) =>
    `Payment verified and the client hires for half or more of their jobs${rate(s)}.`,
};

export function findingText(finding: Finding, signals: Signals): string {
  return FINDING_TEXT[finding.code](signals);
}

/** Why the verdict is what it is, in one sentence (shown after the verdict's label). */
export function verdictText(check: JobCheck): string {
  const warns = check.findings.filter((f) => f.severity === 'warn').length;
  switch (check.verdict) {
    case 'skip':
      return check.findings.some((f) => f.severity === 'stop')
        ? 'The job is already taken.'
        : `${plural(warns, 'warning sign')}: the Connects are likely wasted.`;
    case 'think-twice':
      return 'One warning sign: weigh it before spending Connects.';
    case 'apply':
      return check.findings.length > 0
        ? 'Nothing on the job page argues against it.'
        : 'Nothing noted argues against it (note the job’s signals for a closer check).';
  }
}
