/**
 * The pace calculator's inputs. Labelled number fields; what is typed counts
 * at once, and leaving a field (or Enter) records it in the URL.
 */
import { useId } from 'react';
import { formatCount } from '../../engine/words';
import { NUMBER_FIELDS, type NumberField } from './compareInputs';
import type { CompareInputsApi } from './useCompareInputs';

function PaceField({ field, api }: { field: NumberField; api: CompareInputsApi }) {
  const id = useId();
  const invalid = api.invalid(field.key);
  return (
    <div className={invalid ? 'cmp-field field--invalid' : 'cmp-field'}>
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        name={field.key}
        type="number"
        inputMode="decimal"
        min={field.min}
        max={field.max}
        step={field.step}
        value={api.text(field.key)}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => api.type(field.key, e.target.value)}
        onBlur={() => api.commit(true)}
        // The form has several fields and no submit button, so Enter would not submit it.
        onKeyDown={(e) => {
          if (e.key === 'Enter') api.commit(true);
        }}
      />
      <p id={`${id}-hint`} className={invalid ? 'field__error' : 'field__hint'}>
        {invalid
          ? `A ${field.integer ? 'whole number' : 'number'} from ${formatCount(field.min)} to ${formatCount(field.max)}`
          : field.hint}
      </p>
    </div>
  );
}

export function PaceInputs(props: { api: CompareInputsApi; source: string; canReset: boolean }) {
  const { api } = props;
  return (
    <form
      className="cmp-pace-form"
      aria-label="Your pace"
      onSubmit={(e) => {
        e.preventDefault();
        api.commit(true);
      }}
    >
      <div className="cmp-fields">
        {NUMBER_FIELDS.map((field) => (
          <PaceField key={field.key} field={field} api={api} />
        ))}
      </div>
      <div className="cmp-form-foot">
        <p className="dash-muted" data-testid="pace-source">
          {props.source}
        </p>
        {props.canReset && api.custom && (
          <button type="button" className="button button--small" onClick={api.reset}>
            Use my average pace
          </button>
        )}
      </div>
    </form>
  );
}
