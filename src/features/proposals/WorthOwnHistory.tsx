/**
 * The freelancer's own interview rate on jobs like this one against the others (outcomes.md §4,
 * the engine's compareOwnHistory), or why the history cannot tell yet.
 */
import type { OwnComparison } from '../../engine/outcomes/compareOwn';
import { MIN_CONSIDERED } from '../../engine/outcomes/figures';
import type { Signals } from '../../engine/outcomes/types';

interface WorthOwnHistoryProps {
  comparisons: readonly OwnComparison[];
  signals: Signals;
  tags: readonly string[];
  /** False when the ledger could not be read into proposals (e.g. it cannot be replayed). */
  available: boolean;
}

/** Whether the job notes anything the history can be split by. */
export function comparable(signals: Signals, tags: readonly string[]): boolean {
  return (
    signals.hireRate !== undefined ||
    signals.paymentVerified !== undefined ||
    signals.invited !== undefined ||
    tags.length > 0
  );
}

export function WorthOwnHistory({ comparisons, signals, tags, available }: WorthOwnHistoryProps) {
  if (!available) {
    return (
      <p data-testid="worth-own">Your own results cannot be read: the ledger cannot be replayed.</p>
    );
  }
  if (comparisons.length > 0) {
    return (
      <ul className="worth-own" data-testid="worth-own">
        {comparisons.map((c) => (
          <li key={`${c.dimension}-${c.tag ?? ''}`}>{c.sentence}.</li>
        ))}
      </ul>
    );
  }
  if (!comparable(signals, tags)) {
    return (
      <p data-testid="worth-own">
        Note the client’s hire rate, whether their payment is verified, whether you were invited, or
        tags, to compare this job with your own results.
      </p>
    );
  }
  return (
    <p data-testid="worth-own">
      Not yet: comparing needs at least {MIN_CONSIDERED} considered proposals on each side (jobs
      like this one and the others) with the same signals or tags noted. Note them with your
      proposals and your own rates will show here.
    </p>
  );
}
