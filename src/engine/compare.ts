/** The plan comparison's public face ("Is Plus worth it for the way I work?"). */
export { bundlesFor, purchaseFor, type Purchase, type NoPurchase } from './buying';
export type { CycleCost, CostTotals, PlanRun } from './compareRunner';
export {
  compareHistory,
  type CompareHistoryInput,
  type HistoryComparison,
  type HistoryPlanResult,
  type DroppedEvents,
} from './compareHistory';
export {
  comparePace,
  type ComparePace,
  type ComparePaceInput,
  type PaceComparison,
  type PacePlanResult,
  type PaceHorizon,
} from './comparePace';
export {
  breakEvenCurve,
  type BreakEvenInput,
  type BreakEvenCurve,
  type BreakEven,
  type CurvePoint,
  type PlanAtPoint,
  type PlanPrice,
} from './breakEven';
export {
  recommend,
  recommendationFrom,
  recommendationSentence,
  breakEvenSentence,
  perConnectText,
  type Recommendation,
  type RecommendInput,
  type PlanCost,
  type Verdict,
} from './compareAdvice';
export {
  planPurchase,
  type PurchasePlanInput,
  type PurchasePlan,
  type PlanStatus,
  type Losses,
} from './purchasePlanner';
