/**
 * What the Connects bought, in words (the Proposals page leads with these): each sentence
 * from the figures of §3 only, a rate always with its count and, where it can be told, its
 * 95% interval; under MIN_CONSIDERED considered proposals "too few to tell" stands beside it.
 */
import { connects, formatCount, formatPercent, formatUsd, plural } from '../words';
import type { ProposalFigures } from './figures';
import type { ProposalStats } from './stats';

export type RateKind = 'interview' | 'hire';

const COUNT: Record<RateKind, keyof ProposalFigures> = { interview: 'interviews', hire: 'hires' };

function rateParts(f: ProposalFigures, kind: RateKind) {
  const count = f[COUNT[kind]] as number;
  const rate = kind === 'interview' ? f.interviewRate : f.hireRate;
  const ci = kind === 'interview' ? f.interviewRateCi : f.hireRateCi;
  return { count, rate, ci };
}

/** `20% (8 of 40)`; `no proposal to tell from` when none was considered. */
export function rateOf(f: ProposalFigures, kind: RateKind): string {
  const { count, rate } = rateParts(f, kind);
  if (rate === null) return 'no proposal to tell from';
  return `${formatPercent(rate)} (${count} of ${f.considered})`;
}

/** `10%–35%`, the 95% interval of the rate; empty when there is none. */
export function intervalOf(f: ProposalFigures, kind: RateKind): string {
  const { ci } = rateParts(f, kind);
  return ci === null ? '' : `${formatPercent(ci[0])}–${formatPercent(ci[1])}`;
}

/**
 * A rate as a table cell or a sentence says it: `20% (8 of 40; 95% interval 10%–35%)`, or
 * `60% (3 of 5): too few to tell` under MIN_CONSIDERED considered proposals.
 */
export function rateWithInterval(f: ProposalFigures, kind: RateKind): string {
  const { count, rate } = rateParts(f, kind);
  if (rate === null) return 'no proposal to tell from';
  const base = `${formatPercent(rate)} (${count} of ${f.considered}`;
  if (f.tooFewToTell) return `${base}): too few to tell`;
  return `${base}; 95% interval ${intervalOf(f, kind)})`;
}

/**
 * How two sets' rates compare: `too-few` when either has fewer than MIN_CONSIDERED considered
 * proposals; `too-close` when their 95% intervals overlap; else which is `higher` or `lower`.
 */
export type RateComparison = 'too-few' | 'too-close' | 'higher' | 'lower';

export function compareRates(
  a: ProposalFigures,
  b: ProposalFigures,
  kind: RateKind,
): RateComparison {
  const pa = rateParts(a, kind);
  const pb = rateParts(b, kind);
  if (a.tooFewToTell || b.tooFewToTell || !pa.ci || !pb.ci || pa.rate === null || pb.rate === null)
    return 'too-few';
  if (pa.ci[0] <= pb.ci[1] && pb.ci[0] <= pa.ci[1]) return 'too-close';
  return pa.rate > pb.rate ? 'higher' : 'lower';
}

const VERDICT: Record<RateComparison, string> = {
  'too-few': 'too few to tell',
  'too-close': 'too close to tell apart',
  higher: 'boosting paid off (the 95% intervals do not overlap)',
  lower: 'the boosted ones did worse (the 95% intervals do not overlap)',
};

/** A sentence of the answers, with a key a page and its tests can find it by. */
export interface ProposalAnswer {
  key: 'none' | 'cost' | 'funnel' | 'boost' | 'return';
  text: string;
}

function costAnswer(f: ProposalFigures): string {
  const spent = `${connects(f.net)} (${formatUsd(f.usd)})`;
  if (f.connectsPerHire !== null && f.usdPerHire !== null) {
    const hire = `A hire cost you ${connects(Math.round(f.connectsPerHire))} (${formatUsd(f.usdPerHire)})`;
    const interview =
      f.connectsPerInterview === null
        ? ''
        : `; an interview, ${connects(Math.round(f.connectsPerInterview))}`;
    return `${hire}${interview}: ${spent} for ${plural(f.hires, 'hire')} and ${plural(f.interviews, 'interview')}.`;
  }
  if (f.connectsPerInterview !== null) {
    return `An interview cost you ${connects(Math.round(f.connectsPerInterview))}: ${spent} for ${plural(f.interviews, 'interview')}, and no hire yet.`;
  }
  return `No interview or hire yet for the ${spent} these proposals cost.`;
}

function funnelAnswer(f: ProposalFigures): string {
  const cancelled =
    f.cancelled === 0
      ? `Of ${plural(f.sent, 'proposal')} sent`
      : `Of ${plural(f.sent, 'proposal')} sent, ${formatCount(f.cancelled)} ${f.cancelled === 1 ? 'was' : 'were'} cancelled (the job closed with no hire); of the ${formatCount(f.considered)} left`;
  if (f.considered === 0) return `${cancelled}, none could lead to a hire.`;
  const open =
    f.open === 0 ? '' : ` ${plural(f.open, 'proposal')} ${f.open === 1 ? 'is' : 'are'} still open.`;
  return (
    `${cancelled}, ${formatCount(f.viewed)} ${f.viewed === 1 ? 'was' : 'were'} viewed, ` +
    `${formatCount(f.interviews)} led to an interview: ${rateWithInterval(f, 'interview')}, ` +
    `and ${formatCount(f.hires)} to a hire: ${rateWithInterval(f, 'hire')}.${open}`
  );
}

function boostAnswer(boosted: ProposalFigures, others: ProposalFigures): string | null {
  if (boosted.sent === 0) return 'You boosted no proposal here: nothing to compare.';
  if (others.sent === 0) return 'You boosted every proposal here: nothing to compare with.';
  if (boosted.considered === 0 || others.considered === 0) return null;
  const side = (f: ProposalFigures) =>
    `${formatPercent(f.interviewRate as number)}${f === boosted ? ' of the time' : ''} (${f.interviews} of ${f.considered})`;
  return (
    `Boosted proposals led to an interview ${side(boosted)}, the others ${side(others)}: ` +
    `${VERDICT[compareRates(boosted, others, 'interview')]}.`
  );
}

function returnAnswer(f: ProposalFigures): string | null {
  if (f.hires === 0) return null;
  if (f.earnedUsd === 0) {
    return `No earnings are recorded for your ${plural(f.hires, 'hire')}: record what a hire paid to see what each dollar of Connects brought back.`;
  }
  const per =
    f.returnPerUsd === null
      ? 'the Connects cost nothing'
      : `${formatUsd(f.returnPerUsd)} for each $1 of Connects (${formatUsd(f.usd)} in all)`;
  return `Your ${plural(f.hires, 'hire')} earned ${formatUsd(f.earnedUsd)}: ${per}.`;
}

/** The answers for a set of statistics, most telling first. */
export function proposalAnswers(stats: ProposalStats): ProposalAnswer[] {
  const f = stats.overall;
  if (f.sent === 0) return [{ key: 'none', text: 'No proposals in this range.' }];
  const out: ProposalAnswer[] = [
    { key: 'cost', text: costAnswer(f) },
    { key: 'funnel', text: funnelAnswer(f) },
  ];
  const boost = boostAnswer(stats.boosted, stats.notBoosted);
  if (boost) out.push({ key: 'boost', text: boost });
  const earned = returnAnswer(f);
  if (earned) out.push({ key: 'return', text: earned });
  return out;
}
