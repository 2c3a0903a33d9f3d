/**
 * What the Connects bought, first: the headline figures (what an interview and a hire cost, the
 * return per dollar) and the answers in words, every one from the engine's figures.
 */
import { proposalAnswers, type ProposalStats } from '../../engine';
import { formatCount, formatUsd } from '../../engine/words';

function Figure({ value, label, testId }: { value: string; label: string; testId: string }) {
  return (
    <p className="prop-figure" data-testid={testId}>
      <span className="prop-figure__value">{value}</span> {label}
    </p>
  );
}

export function AnswersSection({ stats, range }: { stats: ProposalStats; range: string }) {
  const f = stats.overall;
  const answers = proposalAnswers(stats);
  return (
    <section className="dash-card prop-answers" aria-labelledby="prop-answers-h">
      <h2 id="prop-answers-h">What your Connects bought in {range}</h2>
      {f.sent > 0 && (
        <div className="prop-figures">
          <Figure
            testId="per-interview"
            value={f.connectsPerInterview === null ? '—' : formatCount(f.connectsPerInterview)}
            label={f.connectsPerInterview === null ? 'no interview yet' : 'Connects per interview'}
          />
          <Figure
            testId="per-hire"
            value={f.usdPerHire === null ? '—' : formatUsd(f.usdPerHire)}
            label={
              f.usdPerHire === null || f.connectsPerHire === null
                ? 'no hire yet'
                : `per hire (${formatCount(f.connectsPerHire)} Connects)`
            }
          />
          <Figure
            testId="hires"
            value={formatCount(f.hires)}
            label={f.hires === 1 ? 'hire' : 'hires'}
          />
          <Figure
            testId="return"
            value={f.earnedUsd > 0 && f.returnPerUsd !== null ? formatUsd(f.returnPerUsd) : '—'}
            label={
              f.earnedUsd > 0 && f.returnPerUsd !== null
                ? 'earned per $1 of Connects'
                : 'no earnings recorded'
            }
          />
        </div>
      )}
      <ul className="prop-answer-list">
        {answers.map((a) => (
          <li key={a.key} data-testid={`answer-${a.key}`}>
            {a.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
