/** How entries read in the ledger and in messages about them. */
import type { EntryRecord } from '../../db/records';
import type { BonusReason, EventType } from '../../engine/types';

/** The entry types as the user knows them. */
export const TYPE_LABELS: Record<EventType, string> = {
  spend: 'Proposal',
  purchase: 'Purchase',
  bonus: 'Bonus',
  refund: 'Refund',
  adjust: 'Correction',
  plan: 'Plan change',
};

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

export const PLAN_IDS = ['freelancer-basic', 'freelancer-plus', 'agency-plus'] as const;

/** `freelancer-plus` → `Freelancer Plus`; custom plan ids read the same way. */
export function planLabel(id: string): string {
  return id
    .split('-')
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function connectsText(n: number): string {
  return `${n.toLocaleString('en-US')} ${Math.abs(n) === 1 ? 'Connect' : 'Connects'}`;
}

/** Signed text with a real minus sign: "+40", "−12". */
export function signed(n: number): string {
  if (n > 0) return `+${n.toLocaleString('en-US')}`;
  if (n < 0) return `−${Math.abs(n).toLocaleString('en-US')}`;
  return '0';
}

/** The proposal's title, as the entry stores it. */
export function proposalTitle(entry: EntryRecord): string {
  return entry.details || entry.ref || 'untitled';
}

/** The Connects an entry moves, when it says so: a refund of "all the rest" or a plan change has none. */
export function entryChange(entry: EntryRecord): number | null {
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
export function entrySummary(entry: EntryRecord): string {
  switch (entry.type) {
    case 'spend':
      return entry.boost ? `${proposalTitle(entry)} (boost ${entry.boost})` : proposalTitle(entry);
    case 'purchase':
      return entry.usd !== undefined && entry.usd !== null
        ? `Bought for $${entry.usd.toFixed(2)}`
        : 'Bought Connects';
    case 'bonus':
      return entry.details || BONUS_LABELS[entry.reason ?? 'other'];
    case 'refund':
      return `Refund for '${entry.ref ?? ''}'`;
    case 'adjust':
      return entry.note || 'Correction';
    case 'plan':
      return `Plan changes to ${planLabel(entry.plan ?? '')} from the next cycle`;
  }
}

/** The entry named in a sentence: "the proposal 'Logo refresh' (12 Connects)". */
export function describeEntry(entry: Pick<EntryRecord, 'type'> & Partial<EntryRecord>): string {
  const n = entry.connects ?? 0;
  switch (entry.type) {
    case 'spend': {
      const total = n + (entry.boost ?? 0);
      return `the proposal '${entry.details || entry.ref || 'untitled'}' (${connectsText(total)})`;
    }
    case 'purchase':
      return `the purchase of ${connectsText(n)}`;
    case 'bonus':
      return `the ${BONUS_LABELS[entry.reason ?? 'other'].toLowerCase()} bonus${
        entry.connects ? ` (${connectsText(n)})` : ''
      }`;
    case 'refund':
      return `the refund for '${entry.ref ?? ''}'${entry.connects ? ` (${connectsText(n)})` : ''}`;
    case 'adjust':
      return `the correction of ${signed(n)} Connects`;
    case 'plan':
      return `the plan change to ${planLabel(entry.plan ?? '')}`;
  }
}
