/** The read cache's public face: one read, and what a page does with it. */
export { readLedger, type LedgerRead } from './readLedger';
export type { LedgerEvents, SpendVisitor } from './ledgerEvents';
export { readOutcomes } from './readOutcomes';
export type { OutcomeIndex } from './packedOutcomes';
export { readProposals, type ProposalsRead } from './readProposals';
export type { ProposalSummary } from './proposalSummary';
