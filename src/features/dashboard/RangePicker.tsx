/** How many cycles the charts show, bound to the store. Native radios: arrow keys work. */
import { useUiStore, type ChartRange } from '../../store/uiStore';

const CHOICES: readonly { value: ChartRange; label: string }[] = [
  { value: 6, label: '6' },
  { value: 12, label: '12' },
  { value: 24, label: '24' },
  { value: 'all', label: 'All' },
];

export function RangePicker() {
  const range = useUiStore((s) => s.range);
  const setRange = useUiStore((s) => s.setRange);
  return (
    <fieldset className="dash-range">
      <legend>Cycles shown</legend>
      {CHOICES.map((c) => (
        <label key={String(c.value)} className={range === c.value ? 'is-on' : undefined}>
          <input
            type="radio"
            name="dash-range"
            value={String(c.value)}
            checked={range === c.value}
            onChange={() => setRange(c.value)}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
