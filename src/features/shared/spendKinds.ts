/** What a spend paid for (outcomes.md §1), as the forms and the ledger name it. */
import { SPEND_KINDS, type SpendKind } from '../../engine/outcomes/types';

export const KIND_LABELS: Record<SpendKind, string> = {
  proposal: 'Proposal',
  'profile-boost': 'Profile boost',
  'availability-badge': 'Availability badge',
  other: 'Other',
};

export { SPEND_KINDS, type SpendKind };

/** A spend is a proposal unless it says otherwise. */
export const isProposalKind = (kind: SpendKind | undefined | null): boolean =>
  kind === undefined || kind === null || kind === 'proposal';
