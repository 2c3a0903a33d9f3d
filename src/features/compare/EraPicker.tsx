/** Which rules the comparison uses: each cycle's own (automatic) or one era throughout. */
import { useId } from 'react';
import type { EraOption } from './compareModel';

export function EraPicker(props: {
  options: readonly EraOption[];
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  return (
    <div className="cmp-era">
      <label htmlFor={id}>Rules</label>
      <select
        id={id}
        value={props.value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field__hint">
        One era replays your whole history under its rules, to see what the rule changes did to you.
        A pace under automatic rules uses today&rsquo;s.
      </p>
    </div>
  );
}
