/** The pace calculator: the plans at a pace over a horizon, and the plain answer for Basic against Plus. */
import { recommendationSentence } from '../../engine/compare';
import { formatCount } from '../../engine/words';
import type { PaceView } from './compareModel';
import { PaceInputs } from './PaceInputs';
import { PlanTotalsTable } from './PlanTotalsTable';
import type { CompareInputsApi } from './useCompareInputs';

export function PaceSection(props: {
  api: CompareInputsApi;
  view: PaceView;
  /** Where the defaults come from, in a sentence. */
  source: string;
  canReset: boolean;
  eraName: (id: string) => string;
  /** The figures are a beat behind what is typed. */
  stale: boolean;
}) {
  const { comparison, recommendation } = props.view;
  const first = comparison.plans[0]?.cycles[0];
  const cycles = comparison.plans[0]?.cycles.length ?? 0;
  const sentence = recommendation
    ? recommendationSentence(recommendation)
    : 'These rules have no Freelancer Basic or no Freelancer Plus to weigh against each other; the table below has every plan they have.';
  return (
    <section className="dash-card cmp-section" aria-labelledby="cmp-pace-h">
      <h2 id="cmp-pace-h">At your pace</h2>
      <p className="dash-muted">
        Each plan simulated with the same rules as your ledger (allotments, rollover caps, a
        year&rsquo;s lifetime, bundles), buying only what it needs.
      </p>
      <PaceInputs api={props.api} source={props.source} canReset={props.canReset} />
      <div className={props.stale ? 'cmp-results is-stale' : 'cmp-results'}>
        <p className="cmp-verdict" aria-live="polite" data-testid="recommendation">
          {sentence}
        </p>
        <p className="dash-muted" data-testid="pace-horizon">
          Over {formatCount(cycles)} {cycles === 1 ? 'cycle' : 'cycles'}
          {first ? ` under ${props.eraName(first.era)}` : ''}, starting with no Connects held:{' '}
          {formatCount(comparison.proposals)} proposals in all.
        </p>
        <PlanTotalsTable
          caption="Each plan at this pace over the horizon"
          runs={comparison.plans}
          testId="pace-totals"
        />
      </div>
    </section>
  );
}
