/**
 * "Hired": what the contract paid, optional, checked as typed and named at the field. Enter
 * saves, Escape goes back to the outcome button.
 */
import { useId, useState, type FormEvent } from 'react';
import { readEarned } from '../../import/outcomeCells';
import { Field } from '../shared/Field';

interface HiredFormProps {
  name: string;
  /** The earnings already noted, to change them. */
  earnedUsd: number | undefined;
  onSave: (earnedUsd: number | undefined) => void;
  onCancel: () => void;
}

/** Long enough for any contract in dollars and cents, with separators. */
const AMOUNT_CHARS = 16;

export function HiredForm({ name, earnedUsd, onSave, onCancel }: HiredFormProps) {
  const uid = useId();
  const [raw, setRaw] = useState(earnedUsd === undefined ? '' : String(earnedUsd));
  const [submitted, setSubmitted] = useState(false);
  // Read as the outcomes import reads an Earned cell, within the same limit.
  const read = readEarned(raw);
  const error =
    (submitted || raw.trim() !== '') && !read.ok
      ? read.overLimit
        ? `The amount is ${read.message}.`
        : 'Enter the amount in dollars, such as 500 or 1,250.50 (or leave it blank).'
      : null;

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setSubmitted(true);
    if (!read.ok) return;
    onSave(read.value);
  };

  return (
    <form
      className="outcome__hired"
      aria-label={`Hired: ${name}`}
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <Field id={`${uid}-earned`} label="Earned (USD)" hint="Optional." error={error}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            inputMode="decimal"
            maxLength={AMOUNT_CHARS}
            value={raw}
            onChange={(e) => setRaw(e.target.value)}
            autoComplete="off"
            // Opened on purpose from the menu: the amount is what comes next.
            autoFocus
          />
        )}
      </Field>
      <div className="outcome__hired-actions">
        <button type="submit" className="button button--small button--primary">
          Save hire
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
