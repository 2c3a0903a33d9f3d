/** The parse under way (a progress bar), or why the source could not be read. */
import type { ColumnMapping } from '../../import/types';
import { ColumnMappingForm } from './ColumnMappingForm';
import type { ParseFailure } from './runParse';

export function ParseProgress({
  percent,
  stage,
  name,
}: {
  percent: number;
  stage: string;
  name: string;
}) {
  return (
    <div className="card import-progress">
      <p id="import-progress-label">
        Reading {name}: {stage.toLowerCase()}…
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

interface ParseFailureViewProps {
  name: string;
  failure: ParseFailure;
  onColumns: (columns: ColumnMapping) => void;
  onDismiss: () => void;
}

export function ParseFailureView({ name, failure, onColumns, onDismiss }: ParseFailureViewProps) {
  return (
    <div className="card import-failure">
      <div role="alert">
        <h2>Could not import {name}</h2>
        <p>
          {failure.message.charAt(0).toUpperCase() + failure.message.slice(1)}. Nothing was saved.
        </p>
      </div>
      {failure.csv && (
        <>
          <p>
            Choose which columns hold the date and the Connects (for a file of proposal outcomes:
            the date, the details and the outcome columns):
          </p>
          <ColumnMappingForm
            header={failure.csv.header}
            columns={failure.csv.columns}
            onChange={onColumns}
          />
        </>
      )}
      <button type="button" className="button" onClick={onDismiss}>
        Start again
      </button>
    </div>
  );
}
