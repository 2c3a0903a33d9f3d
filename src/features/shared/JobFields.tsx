/**
 * A job's tags and what its page showed (outcomes.md §4): the fields of the ledger's proposal
 * form and of "Worth applying?". Everything is optional; each error is shown at its field.
 */
import { Field } from './Field';
import {
  JOB_MAX_LENGTH,
  YES_NO_FIELDS,
  type JobDraft,
  type JobField,
  type SignalField,
} from './jobDraft';
import './jobCheck.css';

interface JobFieldsProps {
  /** Prefix of the fields' ids (unique on the page). */
  idPrefix: string;
  draft: JobDraft;
  /** The error to show at a field now, or null. */
  errorOf: (field: JobField) => string | null;
  onChange: (field: JobField, value: string) => void;
}

interface SignalSpec {
  label: string;
  hint?: string;
  mode?: 'numeric' | 'decimal' | 'text';
}

/** In the order the job page shows them. */
const SIGNALS: [SignalField, SignalSpec][] = [
  ['hireRate', { label: 'Client’s hire rate (%)', hint: 'From 0 to 100.', mode: 'decimal' }],
  ['paymentVerified', { label: 'Payment verified' }],
  ['clientSpentUsd', { label: 'Client’s total spent (USD)', mode: 'decimal' }],
  ['invited', { label: 'The client invited you' }],
  ['proposals', { label: 'Proposals so far', hint: 'As shown, e.g. “20 to 50”.' }],
  ['postedDays', { label: 'Posted (days ago)', mode: 'numeric' }],
  ['lastViewedDays', { label: 'Client last viewed (days ago)', mode: 'numeric' }],
  ['interviewing', { label: 'Freelancers interviewing', mode: 'numeric' }],
  ['hiredAlready', { label: 'Someone already hired' }],
  ['clearDescription', { label: 'The description is clear' }],
];

const isYesNo = (f: SignalField): boolean => (YES_NO_FIELDS as readonly string[]).includes(f);

export function JobFields({ idPrefix, draft, errorOf, onChange }: JobFieldsProps) {
  const id = (f: JobField): string => `${idPrefix}-${f}`;
  return (
    <>
      <div className="form-grid job-fields__tags">
        <Field
          id={id('tags')}
          label="Tags"
          hint="Optional: skills or kinds of job, separated by commas (at most 10)."
          error={errorOf('tags')}
        >
          {(aria) => (
            <input
              {...aria}
              type="text"
              maxLength={JOB_MAX_LENGTH.tags}
              value={draft.tags}
              onChange={(e) => onChange('tags', e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
      </div>
      <fieldset className="job-fields">
        <legend>What the job page shows (optional)</legend>
        <div className="form-grid">
          {SIGNALS.map(([f, spec]) => (
            <Field key={f} id={id(f)} label={spec.label} hint={spec.hint} error={errorOf(f)}>
              {(aria) =>
                isYesNo(f) ? (
                  <select
                    {...aria}
                    value={draft.signals[f]}
                    onChange={(e) => onChange(f, e.target.value)}
                  >
                    <option value="">Not noted</option>
                    <option value="yes">Yes</option>
                    <option value="no">No</option>
                  </select>
                ) : (
                  <input
                    {...aria}
                    type="text"
                    inputMode={spec.mode ?? 'text'}
                    maxLength={JOB_MAX_LENGTH[f]}
                    value={draft.signals[f]}
                    onChange={(e) => onChange(f, e.target.value)}
                    autoComplete="off"
                  />
                )
              }
            </Field>
          ))}
        </div>
      </fieldset>
    </>
  );
}

/** The draft with one field changed (tags, or one of the signals). */
export function withJobField(draft: JobDraft, field: JobField, value: string): JobDraft {
  if (field === 'tags') return { ...draft, tags: value };
  return { ...draft, signals: { ...draft.signals, [field]: value } };
}
