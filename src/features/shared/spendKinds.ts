/** What a spend paid for (outcomes.md §1), as the forms and the ledger name it. */
import { SPEND_KINDS, type SpendKind } from '../../engine/outcomes/types';

export { KIND_LABELS } from '../../engine/entryWords';

export { SPEND_KINDS, type SpendKind };

/** A spend is a proposal unless it says otherwise. */
export const isProposalKind = (kind: SpendKind | undefined | null): boolean =>
  kind === undefined || kind === null || kind === 'proposal';
