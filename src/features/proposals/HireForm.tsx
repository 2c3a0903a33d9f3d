/**
 * "Hired": what the contract paid, read as the outcomes import reads an Earned cell (blank: not
 * known yet). Enter saves, Escape cancels.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { readEarned } from '../../import/outcomeCells';

/** Longer than any amount written with separators and cents ("$1,234,567.89 USD"). */
export const EARNED_MAX_CHARS = 24;

interface Props {
  title: string;
  onSave: (earnedUsd: number | undefined) => void;
  onCancel: () => void;
}

export function HireForm({ title, onSave, onCancel }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const read = readEarned(text);
    if (!read.ok) {
      setError(
        read.overLimit
          ? `The amount is ${read.message}.`
          : `${read.message}: enter what the contract paid, such as 500 or $1,250.50, or leave it blank.`,
      );
      input.current?.focus();
      return;
    }
    onSave(read.value);
  };
  return (
    <form
      className="prop-hire"
      aria-label={`Hired: ${title}`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label htmlFor={`${id}-earned`}>
        What did the contract pay? (dollars, blank if not known yet)
      </label>
      <input
        ref={input}
        id={`${id}-earned`}
        type="text"
        inputMode="decimal"
        maxLength={EARNED_MAX_CHARS}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
      />
      <button type="submit">Mark hired</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
