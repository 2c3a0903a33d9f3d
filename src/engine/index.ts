/** The rules engine's public face: pure functions, no React, no storage. */
export * from './dates';
export * from './eras';
export * from './types';
export {
  replay,
  stateAt,
  lotsAt,
  ReplayInputError,
  type ReplayInput,
  type ReplayResult,
  type StateAt,
} from './replay';
export { parseScenario, scenarioInput, ScenarioError, eraSchema, type Scenario } from './scenario';
export {
  forecast,
  type Pace,
  type ForecastInput,
  type ForecastResult,
  type ExpiryRisk,
  type PlannedPurchase,
} from './forecast';
export * from './compare';
export * from './outcomes';
export { refundableProposals, type RefundableProposal } from './refunds';
