/** The planned pace, bound to the store: the forecast and its expiry risk follow it. */
import { useId, useState } from 'react';
import type { Pace } from '../../engine/forecast';
import { useUiStore } from '../../store/uiStore';

interface Field {
  key: Exclude<keyof Pace, 'purchases'>;
  label: string;
  /** Shown value = stored value × scale (the refund share is typed as a percentage). */
  scale: number;
  max: number;
  step: number;
}

const FIELDS: readonly Field[] = [
  { key: 'proposalsPerCycle', label: 'Proposals per cycle', scale: 1, max: 1000, step: 1 },
  { key: 'connectsPerProposal', label: 'Connects per proposal', scale: 1, max: 100, step: 1 },
  { key: 'boostPerProposal', label: 'Boost per proposal', scale: 1, max: 100, step: 1 },
  { key: 'refundShare', label: 'Refunded (% of proposals)', scale: 100, max: 100, step: 5 },
  { key: 'bonusPerCycle', label: 'Bonus Connects per cycle', scale: 1, max: 1000, step: 1 },
];

function PaceInput({ field }: { field: Field }) {
  const id = useId();
  const stored = useUiStore((s) => s.pace[field.key]) ?? 0;
  const setPace = useUiStore((s) => s.setPace);
  // While typing, the field may hold text that is not a number yet ("", "1."): keep it locally.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? String(Math.round(stored * field.scale * 100) / 100);
  return (
    <div className="dash-field">
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        max={field.max}
        step={field.step}
        value={shown}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          const n = Number(text);
          if (text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= field.max) {
            setPace({ [field.key]: n / field.scale });
          }
        }}
        onBlur={() => setDraft(null)}
      />
    </div>
  );
}

export function PaceForm() {
  return (
    <section className="dash-card dash-pace" aria-labelledby="dash-pace-h">
      <h2 id="dash-pace-h">Planned pace</h2>
      <p className="dash-muted">The forecast and the expiry at your pace follow these.</p>
      <form className="dash-fields" onSubmit={(e) => e.preventDefault()}>
        {FIELDS.map((f) => (
          <PaceInput key={f.key} field={f} />
        ))}
      </form>
    </section>
  );
}
