/**
 * The check before applying, shown: the verdict (apply / think twice / skip) with why, then each
 * finding in words with its severity. The ledger's proposal form shows it as the signals are
 * typed; "Worth applying?" leads with it.
 */
import type { JobCheck } from '../../engine/outcomes/worth';
import type { Signals } from '../../engine/outcomes/types';
import { findingText, SEVERITY_LABELS, VERDICT_LABELS, verdictText } from './jobFindingWords';
import './jobCheck.css';

interface JobCheckViewProps {
  check: JobCheck;
  signals: Signals;
  /** The heading's level and text, e.g. 3 and "Verdict". */
  headingLevel?: 2 | 3 | 4;
  heading?: string;
}

export function JobCheckView({
  check,
  signals,
  headingLevel = 3,
  heading = 'Verdict',
}: JobCheckViewProps) {
  const H = `h${headingLevel}` as const;
  return (
    <div className={`job-check job-check--${check.verdict}`} data-testid="job-check">
      <H className="job-check__heading">{heading}</H>
      <p className="job-check__verdict" role="status">
        <span className={`verdict verdict--${check.verdict}`}>{VERDICT_LABELS[check.verdict]}</span>{' '}
        <span data-testid="verdict-text">{verdictText(check)}</span>
      </p>
      {check.findings.length > 0 && (
        <ul className="job-check__findings" aria-label="Findings">
          {check.findings.map((f) => (
            <li key={f.code} className={`finding finding--${f.severity}`} data-code={f.code}>
              <span className="finding__severity">{SEVERITY_LABELS[f.severity]}:</span>{' '}
              {findingText(f, signals)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
