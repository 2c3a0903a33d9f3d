/** Proposal outcomes and the return on Connects (shared/spec/outcomes.md): pure, no storage. */
export * from './types';
export {
  spendKindSchema,
  stageSchema,
  resultSchema,
  tagSchema,
  signalsSchema,
  outcomeSchema,
  looseSignalsSchema,
  looseOutcomeSchema,
  checkSpendOutcome,
  spendOutcomeProblems,
  outcomeRuleProblems,
  type OutcomeRuleProblem,
} from './schema';
export { validateSpendOutcome, type OutcomeProblem } from './validate';
export { effectiveResult } from './effective';
export { pricePerConnect } from './price';
export {
  collectProposals,
  scanProposals,
  type OutcomeOf,
  type ProposalRecord,
  type ProposalLedger,
} from './proposals';
export { wilsonInterval, WILSON_Z } from './wilson';
export { figuresOf, Tally, FIGURE_NAMES, MIN_CONSIDERED, type ProposalFigures } from './figures';
export {
  proposalStats,
  statsOfProposals,
  statsOfScan,
  CONNECTS_BANDS,
  PAYMENT_GROUPS,
  HIRE_RATE_GROUPS,
  UNTAGGED,
  type ConnectsBand,
  type PaymentGroup,
  type HireRateGroup,
  type CycleFigures,
  type ProposalStats,
  type StatsRange,
} from './stats';
export {
  checkJob,
  jobVerdict,
  FINDING_RULES,
  type Finding,
  type FindingCode,
  type FindingRule,
  type JobCheck,
  type Severity,
  type JobVerdict,
} from './worth';
export {
  compareOwnHistory,
  type OwnComparison,
  type SideRate,
  type JobLike,
  type ComparisonDimension,
} from './compareOwn';
export { proposalBudget, BUDGET_CYCLES, type ProposalBudget } from './budget';
export { STAGE_LABELS, RESULT_LABELS, outcomeSummary } from './words';
export {
  proposalAnswers,
  rateOf,
  intervalOf,
  rateWithInterval,
  compareRates,
  type ProposalAnswer,
  type RateKind,
  type RateComparison,
} from './answers';
export {
  moveOutcome,
  movesFrom,
  standingOf,
  OUTCOME_MOVES,
  MOVE_LABELS,
  type OutcomeMove,
  type MoveContext,
  type Standing,
} from './moves';
export { interviewBonusOffer, type InterviewBonusOffer } from './interviewBonus';
export {
  openProposal,
  openProposals,
  openProposalsAt,
  openLongerThan,
  countLongerThan,
  type OpenProposal,
} from './open';
export {
  proposalFacts,
  proposalStatsOfFacts,
  scanFacts,
  columnsOf,
  type ProposalFacts,
  type SpendColumns,
  type FactsSettings,
} from './facts';
