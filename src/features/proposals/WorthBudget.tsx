/**
 * What one more proposal does to the budget (outcomes.md §4), from the engine's proposalBudget:
 * the balance after it, and what still expires on which date if nothing else is spent.
 */
import type { ExpiryRisk } from '../../engine/forecast';
import type { ProposalBudget } from '../../engine/outcomes/budget';
import { connects, formatCount, formatDate } from '../../engine/words';

const total = (risks: readonly ExpiryRisk[]): number =>
  risks.reduce((sum, r) => sum + r.connects, 0);

/** "12 Connects expire on Dec 10, 2026 (over the rollover cap)". */
export function expirySentence(risk: ExpiryRisk): string {
  const one = risk.connects === 1;
  const verb = risk.kind === 'expire' ? (one ? 'expires' : 'expire') : one ? 'lapses' : 'lapse';
  const why = risk.kind === 'expire' ? 'over the rollover cap' : 'a year after arriving';
  return `${connects(risk.connects)} ${verb} on ${formatDate(risk.date)} (${why})`;
}

/** The first expiries listed; the rest are summed in one line. */
const SHOWN = 4;

export function WorthBudget({ budget }: { budget: ProposalBudget }) {
  const { cost, affordable, balanceBefore, balanceAfter, expiringBefore, expiringAfter } = budget;
  const saved = total(expiringBefore) - total(expiringAfter);
  const rest = expiringAfter.slice(SHOWN);
  return (
    <div className="worth-budget" data-testid="worth-budget">
      {affordable ? (
        <p data-testid="worth-balance">
          You hold {connects(balanceBefore)}; after this proposal ({connects(cost)}),{' '}
          <strong>{connects(balanceAfter)}</strong>.
        </p>
      ) : (
        <p className="notice notice--error" data-testid="worth-balance">
          You hold {connects(balanceBefore)}: not enough for this proposal’s {formatCount(cost)}.
          The rules would refuse it.
        </p>
      )}
      {affordable && saved > 0 && (
        <p className="worth-good" data-testid="worth-saved">
          It uses {connects(saved)} that would otherwise be lost.
        </p>
      )}
      {expiringAfter.length === 0 ? (
        <p data-testid="worth-expiry">
          Nothing expires in the next 12 cycles{affordable ? ' after it' : ''}, if you spend nothing
          else.
        </p>
      ) : (
        <div data-testid="worth-expiry">
          <p>What still expires{affordable ? ' after it' : ''}, if you spend nothing else:</p>
          <ul>
            {expiringAfter.slice(0, SHOWN).map((r) => (
              <li key={`${r.date}-${r.kind}`}>{expirySentence(r)}.</li>
            ))}
            {rest.length > 0 && (
              <li>
                and {connects(total(rest))} more on {formatCount(rest.length)} later{' '}
                {rest.length === 1 ? 'date' : 'dates'}.
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
