/** How entries read in the ledger, the import preview and messages about them. */
import type { SpendKind } from './outcomes/types';
import type { BonusReason, EventType } from './types';
import { connects, formatUsd, planName, signed } from './words';

/** The fields of a stored entry these words read (db/records.ts EntryRecord has them all). */
export interface EntryLike {
  type: EventType;
  connects?: number | null;
  boost?: number | null;
  usd?: number | null;
  reason?: BonusReason | null;
  ref?: string | null;
  note?: string | null;
  plan?: string | null;
  /** What a spend paid for; absent: a proposal. */
  kind?: SpendKind | null;
  /** Job title or other text shown with the entry. */
  details?: string | null;
}

/** The entry types as the user knows them. */
export const TYPE_LABELS: Record<EventType, string> = {
  spend: 'Proposal',
  purchase: 'Purchase',
  bonus: 'Bonus',
  refund: 'Refund',
  adjust: 'Correction',
  plan: 'Plan change',
};

/** What a spend paid for (outcomes.md §1), as the forms and the ledger name it. */
export const KIND_LABELS: Record<SpendKind, string> = {
  proposal: 'Proposal',
  'profile-boost': 'Profile boost',
  'availability-badge': 'Availability badge',
  other: 'Other',
};

/** A spend for something other than a proposal: a profile boost, the availability badge…. */
const otherSpend = (entry: EntryLike): SpendKind | null =>
  entry.type === 'spend' && entry.kind && entry.kind !== 'proposal' ? entry.kind : null;

export const BONUS_LABELS: Record<BonusReason, string> = {
  interview: 'Interview',
  'new-talent': 'New talent',
  'readiness-test': 'Readiness test',
  'rising-talent': 'Rising talent',
  profile: 'Profile completion',
  certification: 'Certification',
  promo: 'Promotion',
  other: 'Other',
};

/** The proposal's title, as the entry stores it. */
export function proposalTitle(entry: EntryLike): string {
  return entry.details || entry.ref || 'untitled';
}

/** The Connects an entry moves, when it says so: a refund of "all the rest" or a plan change has none. */
export function entryChange(entry: EntryLike): number | null {
  const n = entry.connects ?? 0;
  switch (entry.type) {
    case 'spend':
      return -(n + (entry.boost ?? 0));
    case 'purchase':
    case 'adjust':
      return n;
    case 'bonus':
    case 'refund':
      return entry.connects === undefined || entry.connects === null ? null : n;
    case 'plan':
      return null;
  }
}

/** The text of an entry's row: title, reason, note or plan. */
export function entrySummary(entry: EntryLike): string {
  switch (entry.type) {
    case 'spend': {
      const kind = otherSpend(entry);
      if (kind) return entry.details || entry.note || KIND_LABELS[kind];
      return entry.boost ? `${proposalTitle(entry)} (boost ${entry.boost})` : proposalTitle(entry);
    }
    case 'purchase':
      return entry.usd !== undefined && entry.usd !== null
        ? `Bought for ${formatUsd(entry.usd)}`
        : 'Bought Connects';
    case 'bonus':
      return entry.details || BONUS_LABELS[entry.reason ?? 'other'];
    case 'refund':
      return `Refund for '${entry.ref ?? ''}'`;
    case 'adjust':
      return entry.note || 'Correction';
    case 'plan':
      return `Plan changes to ${planName(entry.plan ?? '')} from the next cycle`;
  }
}

/** The entry named in a sentence: "the proposal 'Logo refresh' (12 Connects)". */
export function describeEntry(entry: EntryLike): string {
  const n = entry.connects ?? 0;
  switch (entry.type) {
    case 'spend': {
      const total = n + (entry.boost ?? 0);
      const kind = otherSpend(entry);
      if (kind === 'other')
        return `the spend '${entry.details || entry.ref || 'untitled'}' (${connects(total)})`;
      if (kind) return `the ${KIND_LABELS[kind].toLowerCase()} (${connects(total)})`;
      return `the proposal '${proposalTitle(entry)}' (${connects(total)})`;
    }
    case 'purchase':
      return `the purchase of ${connects(n)}`;
    case 'bonus':
      return `the ${BONUS_LABELS[entry.reason ?? 'other'].toLowerCase()} bonus${
        entry.connects ? ` (${connects(n)})` : ''
      }`;
    case 'refund':
      return `the refund for '${entry.ref ?? ''}'${entry.connects ? ` (${connects(n)})` : ''}`;
    case 'adjust':
      return `the correction of ${signed(n)} Connects`;
    case 'plan':
      return `the plan change to ${planName(entry.plan ?? '')}`;
  }
}
