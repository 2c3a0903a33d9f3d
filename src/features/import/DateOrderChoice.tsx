/** Dates like 03/04/2026 fit both orders: the user says which, and the choice stays in view. */
import { useId } from 'react';
import type { DateOrder, DateOrderInfo } from '../../import/types';

const CHOICES: { order: DateOrder; label: string; example: string }[] = [
  {
    order: 'mdy',
    label: 'Month first',
    example: '03/04/2026 is March 4, 2026 (as Upwork writes dates)',
  },
  { order: 'dmy', label: 'Day first', example: '03/04/2026 is 3 April 2026' },
];

interface DateOrderChoiceProps {
  info: DateOrderInfo;
  onChange: (order: DateOrder) => void;
}

export function DateOrderChoice({ info, onChange }: DateOrderChoiceProps) {
  const uid = useId();
  const used = info.used === 'dmy' ? 'dmy' : 'mdy';
  return (
    <fieldset className="radio-group date-order">
      <legend>Dates in this file fit both orders: which is it?</legend>
      {CHOICES.map((c) => (
        <label className="radio" key={c.order} htmlFor={`${uid}-${c.order}`}>
          <input
            id={`${uid}-${c.order}`}
            type="radio"
            name={`${uid}-order`}
            checked={used === c.order}
            onChange={() => onChange(c.order)}
          />
          <span>
            <strong>{c.label}</strong>: {c.example}
          </span>
        </label>
      ))}
      <p className="field__hint" role="status">
        Dates are read {used === 'dmy' ? 'day first' : 'month first'}.
      </p>
    </fieldset>
  );
}
