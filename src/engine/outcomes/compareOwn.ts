/**
 * "Worth applying?" from the freelancer's own history (outcomes.md §4): for each way a job
 * can be like earlier ones (the client's hire rate, payment verified, an invitation, a tag),
 * the interview rate on jobs like it against the others, where each side has at least
 * MIN_CONSIDERED considered proposals. "The others" are the proposals known to be unlike it:
 * one whose signal was not noted is on neither side.
 */
import { MIN_CONSIDERED } from './figures';
import type { ProposalRecord } from './proposals';
import type { Signals } from './types';

export type ComparisonDimension = 'hireRate' | 'paymentVerified' | 'invited' | 'tag';

export interface SideRate {
  /** How the side reads after "Your interview rate": `with clients under 50% hire rate`. */
  label: string;
  interviews: number;
  considered: number;
  /** interviews / considered. */
  rate: number;
}

export interface OwnComparison {
  dimension: ComparisonDimension;
  /** The tag, for the `tag` dimension. */
  tag?: string;
  like: SideRate;
  others: SideRate;
  /** `Your interview rate with clients under 50% hire rate: 4% (1 of 25); with the others: 18% (9 of 50)`. */
  sentence: string;
}

/** What the job being considered shows. */
export interface JobLike {
  signals?: Signals;
  tags?: readonly string[];
}

interface Split {
  dimension: ComparisonDimension;
  tag?: string;
  label: string;
  /** true: like the job; false: known to be unlike it; null: unknown. */
  side: (p: ProposalRecord) => boolean | null;
}

function splitsFor(job: JobLike): Split[] {
  const s = job.signals ?? {};
  const out: Split[] = [];
  if (s.hireRate !== undefined) {
    const under = s.hireRate < 50;
    out.push({
      dimension: 'hireRate',
      label: under ? 'with clients under 50% hire rate' : 'with clients of 50% hire rate or more',
      side: (p) => (p.signals.hireRate === undefined ? null : p.signals.hireRate < 50 === under),
    });
  }
  if (s.paymentVerified !== undefined) {
    const verified = s.paymentVerified;
    out.push({
      dimension: 'paymentVerified',
      label: verified
        ? 'with clients whose payment is verified'
        : 'with clients whose payment is not verified',
      side: (p) =>
        p.signals.paymentVerified === undefined ? null : p.signals.paymentVerified === verified,
    });
  }
  if (s.invited !== undefined) {
    const invited = s.invited;
    out.push({
      dimension: 'invited',
      label: invited ? 'on jobs you were invited to' : 'on jobs you were not invited to',
      side: (p) => (p.signals.invited === undefined ? null : p.signals.invited === invited),
    });
  }
  for (const tag of new Set(job.tags ?? [])) {
    out.push({
      dimension: 'tag',
      tag,
      label: `on jobs tagged "${tag}"`,
      side: (p) => p.tags.includes(tag),
    });
  }
  return out;
}

const percent = (rate: number): string => `${Math.round(rate * 100)}%`;

function sideRate(label: string, interviews: number, considered: number): SideRate {
  return { label, interviews, considered, rate: considered > 0 ? interviews / considered : 0 };
}

/** The comparisons with enough history on both sides, in the order hire rate, payment, invited, tags. */
export function compareOwnHistory(
  proposals: readonly ProposalRecord[],
  job: JobLike,
  minConsidered: number = MIN_CONSIDERED,
): OwnComparison[] {
  const out: OwnComparison[] = [];
  for (const split of splitsFor(job)) {
    let likeN = 0;
    let likeI = 0;
    let otherN = 0;
    let otherI = 0;
    for (const p of proposals) {
      if (p.result === 'cancelled') continue;
      const side = split.side(p);
      if (side === null) continue;
      const interview = p.stageRank >= 2 ? 1 : 0;
      if (side) {
        likeN += 1;
        likeI += interview;
      } else {
        otherN += 1;
        otherI += interview;
      }
    }
    if (likeN < minConsidered || otherN < minConsidered) continue;
    const like = sideRate(split.label, likeI, likeN);
    const others = sideRate('with the others', otherI, otherN);
    const comparison: OwnComparison = {
      dimension: split.dimension,
      like,
      others,
      sentence:
        `Your interview rate ${like.label}: ${percent(like.rate)} (${likeI} of ${likeN}); ` +
        `with the others: ${percent(others.rate)} (${otherI} of ${otherN})`,
    };
    if (split.tag !== undefined) comparison.tag = split.tag;
    out.push(comparison);
  }
  return out;
}
