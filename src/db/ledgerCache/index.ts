/** The read cache's public face: one read, and what a page does with it. */
export { readLedger, type LedgerRead } from './readLedger';
export type { LedgerEvents, SpendVisitor } from './ledgerEvents';
export { readOutcomes } from './readOutcomes';
export type { OutcomeIndex } from './packedOutcomes';
// The Proposals page's reads start here; what is worked out from them is in readProposals.ts,
// imported apart (its code is not the first screen's).
export { readProposalParts, type ProposalParts } from './proposalRecords';
export type { ProposalsRead } from './readProposals';
export type { ProposalSummary } from './proposalSummary';
