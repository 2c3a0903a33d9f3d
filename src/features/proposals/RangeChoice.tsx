/**
 * Which proposals the figures count: the whole history, the last 90 days, or one billing cycle.
 * Native radios (arrow keys move between them) and a select of the cycles, newest first.
 */
import { useId } from 'react';
import type { Statement } from '../../engine';
import { formatDate } from '../../engine/words';
import { LAST_DAYS, type ProposalRange } from './proposalsRange';

interface Props {
  range: ProposalRange;
  cycles: readonly Pick<Statement, 'start' | 'end'>[];
  onChange: (range: ProposalRange) => void;
}

export function RangeChoice({ range, cycles, onChange }: Props) {
  const selectId = useId();
  const newest = cycles[cycles.length - 1];
  const cycle =
    range.kind === 'cycle' ? range : newest ? { kind: 'cycle' as const, ...newest } : null;
  const choices: { kind: ProposalRange['kind']; label: string; range: ProposalRange | null }[] = [
    { kind: 'all', label: 'Whole history', range: { kind: 'all' } },
    { kind: 'recent', label: `Last ${LAST_DAYS} days`, range: { kind: 'recent' } },
    { kind: 'cycle', label: 'One billing cycle', range: cycle },
  ];
  return (
    <div className="prop-range">
      <fieldset className="dash-range">
        <legend>Figures for</legend>
        {choices.map((c) => (
          <label key={c.kind} className={range.kind === c.kind ? 'is-on' : undefined}>
            <input
              type="radio"
              name="prop-range"
              value={c.kind}
              checked={range.kind === c.kind}
              disabled={c.range === null}
              onChange={() => c.range && onChange(c.range)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      {cycles.length > 0 && (
        <span className="prop-cycle">
          <label htmlFor={selectId}>Billing cycle</label>{' '}
          <select
            id={selectId}
            value={cycle?.start ?? ''}
            onChange={(e) => {
              const chosen = cycles.find((c) => c.start === e.target.value);
              if (chosen) onChange({ kind: 'cycle', start: chosen.start, end: chosen.end });
            }}
          >
            {[...cycles].reverse().map((c) => (
              <option key={c.start} value={c.start}>
                {formatDate(c.start)}
              </option>
            ))}
          </select>
        </span>
      )}
    </div>
  );
}
