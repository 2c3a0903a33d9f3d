/** Which CSV column holds what: every field can be changed, and the choice is remembered per header. */
import { useId } from 'react';
import { COLUMN_FIELDS } from '../../import/csvColumns';
import type { ColumnField, ColumnMapping } from '../../import/types';

const FIELD_LABELS: Record<ColumnField, string> = {
  date: 'Date',
  action: 'Action',
  details: 'Details',
  connects: 'Connects',
  usd: 'Cost (USD)',
  ref: 'Job reference',
  balance: 'Balance',
};

interface ColumnMappingFormProps {
  header: readonly string[];
  columns: ColumnMapping;
  onChange: (columns: ColumnMapping) => void;
}

export function ColumnMappingForm({ header, columns, onChange }: ColumnMappingFormProps) {
  const uid = useId();
  const mapped = Object.values(columns).filter((c): c is number => c !== null);
  const width = Math.max(header.length, ...mapped.map((c) => c + 1), 1);
  // The header's own name where it has one (and is not repeated), else the column's number.
  const name = (i: number): string => {
    const h = header[i];
    if (!h) return `Column ${i + 1}`;
    return header.indexOf(h) === header.lastIndexOf(h) ? h : `${h} (column ${i + 1})`;
  };
  return (
    <fieldset className="column-mapping">
      <legend>Columns</legend>
      <div className="form-grid">
        {COLUMN_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${uid}-${field}`}>{FIELD_LABELS[field]}</label>
            <select
              id={`${uid}-${field}`}
              value={columns[field] ?? ''}
              onChange={(e) =>
                onChange({
                  ...columns,
                  [field]: e.target.value === '' ? null : Number(e.target.value),
                })
              }
            >
              <option value="">— none —</option>
              {Array.from({ length: width }, (_, i) => (
                <option key={i} value={i}>
                  {name(i)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
