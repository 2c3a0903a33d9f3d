/**
 * A cheap per-event check for events that did not come through a schema
 * (the app's own ledger, generated forecasts). Malformed events are rejected
 * as `invalid-event` instead of corrupting balances.
 */
import { BONUS_REASONS, type AnyEvent } from './types';

const REASONS: ReadonlySet<string> = new Set(BONUS_REASONS);

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isOptCount = (v: unknown): boolean => v === undefined || isCount(v);
const isOptText = (v: unknown): boolean => v === undefined || typeof v === 'string';

export function isWellFormed(event: AnyEvent): boolean {
  const e = event as Record<string, unknown>;
  switch (event.type) {
    case 'spend':
      return isCount(e.connects) && isOptCount(e.boost) && isOptText(e.ref);
    case 'purchase':
      return (
        isCount(e.connects) &&
        (e.connects as number) > 0 &&
        (e.usd === undefined || (typeof e.usd === 'number' && e.usd >= 0 && Number.isFinite(e.usd)))
      );
    case 'bonus':
      return typeof e.reason === 'string' && REASONS.has(e.reason) && isOptCount(e.connects);
    case 'refund':
      return typeof e.ref === 'string' && isOptCount(e.connects);
    case 'adjust':
      return typeof e.connects === 'number' && Number.isInteger(e.connects) && e.connects !== 0;
    case 'plan':
      return typeof e.plan === 'string';
    default:
      return true;
  }
}
