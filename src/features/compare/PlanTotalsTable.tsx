/** Each plan's totals side by side: what it costs, what it buys, what it loses, what it cannot send. */
import type { PlanRun } from '../../engine/compare';
import { formatCount, formatUsd, planName } from '../../engine/words';

interface Props {
  caption: string;
  runs: readonly (PlanRun & { monthlyCostUsd?: number })[];
  /** The account's own plan, tagged in its row. */
  yourPlan?: string;
  testId: string;
}

/** The cheapest plan that sends every proposal; none when it is a tie. */
function cheapest(runs: Props['runs']): string | null {
  const sending = runs.filter((r) => r.total.unsent === 0);
  const costs = sending.map((r) => Math.round(r.total.totalUsd * 100));
  const low = Math.min(...costs);
  const at = sending.filter((_, i) => costs[i] === low);
  return at.length === 1 ? (at[0]?.plan ?? null) : null;
}

export function PlanTotalsTable({ caption, runs, yourPlan, testId }: Props) {
  const monthly = runs.some((r) => r.monthlyCostUsd !== undefined);
  const best = cheapest(runs);
  return (
    <div className="dash-table-scroll">
      <table className="dash-table cmp-totals" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            {monthly && (
              <th scope="col" className="dash-num">
                A month
              </th>
            )}
            <th scope="col" className="dash-num">
              Total cost
            </th>
            <th scope="col" className="dash-num">
              Fees
            </th>
            <th scope="col" className="dash-num">
              Connects bought
            </th>
            <th scope="col" className="dash-num">
              Their cost
            </th>
            <th scope="col" className="dash-num">
              Expired
            </th>
            <th scope="col" className="dash-num">
              Lapsed
            </th>
            <th scope="col" className="dash-num">
              Proposals not sent
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.plan} data-plan={run.plan} className={run.plan === best ? 'cmp-best' : ''}>
              <th scope="row">
                {planName(run.plan)}
                {run.plan === yourPlan && <span className="dash-tag cmp-tag">your plan</span>}
                {run.plan === best && <span className="dash-tag cmp-tag-best">cheapest</span>}
              </th>
              {monthly && <td className="dash-num">{formatUsd(run.monthlyCostUsd ?? 0)}</td>}
              <td className="dash-num" data-cell="total">
                {formatUsd(run.total.totalUsd)}
              </td>
              <td className="dash-num">{formatUsd(run.total.feeUsd)}</td>
              <td className="dash-num">{formatCount(run.total.boughtConnects)}</td>
              <td className="dash-num">{formatUsd(run.total.boughtUsd)}</td>
              <td className="dash-num">{formatCount(run.total.expired)}</td>
              <td className="dash-num">{formatCount(run.total.lapsed)}</td>
              <td className={run.total.unsent > 0 ? 'dash-num cmp-bad' : 'dash-num'}>
                {formatCount(run.total.unsent)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
