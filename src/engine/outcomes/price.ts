/** What a Connect is worth on a date (outcomes.md §3): what buying one costs under the rules then. */
import type { Era } from '../eras';

/**
 * The plan's price in the era; where the plan cannot buy, the lowest price among the era's
 * plans that can; 0 when none can.
 */
export function pricePerConnect(era: Era, plan: string): number {
  const own = era.plans[plan];
  if (own?.canPurchase && own.pricePerConnectUsd !== null) return own.pricePerConnectUsd;
  let lowest: number | null = null;
  for (const rules of Object.values(era.plans)) {
    if (!rules.canPurchase || rules.pricePerConnectUsd === null) continue;
    if (lowest === null || rules.pricePerConnectUsd < lowest) lowest = rules.pricePerConnectUsd;
  }
  return lowest ?? 0;
}
