/**
 * "Worth applying?" (outcomes.md §4): what a job page's signals say, as findings with a
 * severity, and the verdict they add up to. The rules are data, one row per finding.
 */
import type { Signals } from './types';

export type Severity = 'stop' | 'warn' | 'good';
export type FindingCode =
  | 'already-hired'
  | 'low-hire-rate'
  | 'payment-unverified'
  | 'idle-job'
  | 'vague-description'
  | 'still-interviewing'
  | 'verified-hirer';
export type JobVerdict = 'apply' | 'think-twice' | 'skip';

export interface Finding {
  code: FindingCode;
  severity: Severity;
}

export interface FindingRule extends Finding {
  /** Whether the signals show it; an unknown signal shows nothing. */
  when: (s: Signals) => boolean;
}

/** From the seeds article-save-your-connects.txt and article-what-are-connects.txt. */
export const FINDING_RULES: readonly FindingRule[] = [
  { code: 'already-hired', severity: 'stop', when: (s) => s.hiredAlready === true },
  {
    code: 'low-hire-rate',
    severity: 'warn',
    when: (s) => s.hireRate !== undefined && s.hireRate < 50,
  },
  { code: 'payment-unverified', severity: 'warn', when: (s) => s.paymentVerified === false },
  {
    code: 'idle-job',
    severity: 'warn',
    when: (s) => s.lastViewedDays !== undefined && s.lastViewedDays >= 7 && s.interviewing === 0,
  },
  { code: 'vague-description', severity: 'warn', when: (s) => s.clearDescription === false },
  {
    code: 'still-interviewing',
    severity: 'good',
    when: (s) =>
      s.interviewing !== undefined &&
      s.interviewing > 0 &&
      s.postedDays !== undefined &&
      s.postedDays >= 14,
  },
  {
    code: 'verified-hirer',
    severity: 'good',
    when: (s) => s.paymentVerified === true && s.hireRate !== undefined && s.hireRate >= 50,
  },
];

/** `skip` with any `stop` or two or more `warn`; `think-twice` with one `warn`; else `apply`. */
export function jobVerdict(findings: readonly Finding[]): JobVerdict {
  let warns = 0;
  for (const f of findings) {
    if (f.severity === 'stop') return 'skip';
    if (f.severity === 'warn') warns += 1;
  }
  return warns >= 2 ? 'skip' : warns === 1 ? 'think-twice' : 'apply';
}

export interface JobCheck {
  /** In the order of FINDING_RULES. */
  findings: Finding[];
  verdict: JobVerdict;
}

/** The findings of a job's signals and the verdict. */
export function checkJob(signals: Signals = {}): JobCheck {
  const findings = FINDING_RULES.filter((r) => r.when(signals)).map(({ code, severity }) => ({
    code,
    severity,
  }));
  return { findings, verdict: jobVerdict(findings) };
}
