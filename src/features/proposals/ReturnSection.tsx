/**
 * The return per dollar of Connects, where earnings are recorded: overall and for each billing
 * cycle whose hires have earnings.
 */
import type { CycleFigures, ProposalFigures } from '../../engine';
import { formatCount, formatDate, formatUsd } from '../../engine/words';
import { ScrollBox } from './ScrollBox';

export function ReturnSection({
  overall,
  cycles,
}: {
  overall: ProposalFigures;
  cycles: readonly CycleFigures[];
}) {
  const earning = cycles.filter((c) => c.earnedUsd > 0);
  return (
    <section className="dash-card" aria-labelledby="prop-return-h">
      <h2 id="prop-return-h">What each dollar of Connects brought back</h2>
      {overall.earnedUsd > 0 ? (
        <p data-testid="return-overall">
          {formatUsd(overall.earnedUsd)} earned from {formatCount(overall.hires)}{' '}
          {overall.hires === 1 ? 'hire' : 'hires'} for {formatUsd(overall.usd)} of Connects:{' '}
          {overall.returnPerUsd === null
            ? 'the Connects cost nothing.'
            : `${formatUsd(overall.returnPerUsd)} per $1.`}
        </p>
      ) : (
        <p data-testid="return-overall">
          No earnings recorded here yet. When you mark a proposal hired, add what the contract paid:
          the return per dollar of Connects follows.
        </p>
      )}
      {earning.length > 0 && (
        <ScrollBox label="Return per billing cycle">
          <table className="dash-table" data-testid="return-table">
            <caption>Billing cycles whose hires have earnings recorded</caption>
            <thead>
              <tr>
                <th scope="col">Cycle starting</th>
                <th scope="col" className="dash-num">
                  Connects spent ($)
                </th>
                <th scope="col" className="dash-num">
                  Hires
                </th>
                <th scope="col" className="dash-num">
                  Earned
                </th>
                <th scope="col" className="dash-num">
                  Return per $1
                </th>
              </tr>
            </thead>
            <tbody>
              {earning.map((c) => (
                <tr key={c.start}>
                  <th scope="row">{formatDate(c.start)}</th>
                  <td className="dash-num">{formatUsd(c.usd)}</td>
                  <td className="dash-num">{formatCount(c.hires)}</td>
                  <td className="dash-num">{formatUsd(c.earnedUsd)}</td>
                  <td className="dash-num">
                    {c.returnPerUsd === null ? '—' : formatUsd(c.returnPerUsd)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
