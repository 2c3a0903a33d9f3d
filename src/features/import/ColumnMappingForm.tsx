/**
 * Which CSV column holds what: every field can be changed, and the choice is remembered per
 * header. The ledger's columns first, then the outcome columns (outcomes.md §6).
 */
import { useId, useMemo, useState } from 'react';
import { LEDGER_FIELDS } from '../../import/csvColumns';
import { OUTCOME_FIELD_LABELS, OUTCOME_FIELDS } from '../../import/outcomeRow';
import type { ColumnField, ColumnMapping } from '../../import/types';

const FIELD_LABELS: Record<ColumnField, string> = {
  date: 'Date',
  action: 'Action',
  details: 'Details',
  connects: 'Connects',
  usd: 'Cost (USD)',
  ref: 'Job reference',
  balance: 'Balance',
  ...OUTCOME_FIELD_LABELS,
};

const GROUPS: readonly { legend: string | null; fields: readonly ColumnField[] }[] = [
  { legend: null, fields: LEDGER_FIELDS },
  { legend: 'What became of each proposal', fields: OUTCOME_FIELDS },
];

interface ColumnMappingFormProps {
  header: readonly string[];
  columns: ColumnMapping;
  onChange: (columns: ColumnMapping) => void;
}

/**
 * Each column's name: the header's own where it has one (and is not repeated), else the
 * column's number. Linear: one count of the names, not a search of the header per column.
 */
export function columnNames(header: readonly string[], width: number): string[] {
  const seen = new Map<string, number>();
  for (const h of header) seen.set(h, (seen.get(h) ?? 0) + 1);
  return Array.from({ length: width }, (_, i) => {
    const h = header[i];
    if (!h) return `Column ${i + 1}`;
    return seen.get(h) === 1 ? h : `${h} (column ${i + 1})`;
  });
}

/**
 * From this many columns on, a drop-down lists every column only once it is used (focused or
 * pressed), and otherwise just its choice: seven lists of 1,000 options took the browser
 * some 200 ms to lay out every time the preview was drawn.
 */
export const LIST_ON_USE_FROM = 100;

export function ColumnMappingForm({ header, columns, onChange }: ColumnMappingFormProps) {
  const uid = useId();
  const [inUse, setInUse] = useState<ColumnField | null>(null);
  const mapped = Object.values(columns).filter((c): c is number => c !== null);
  const width = Math.max(header.length, ...mapped.map((c) => c + 1), 1);
  // One list of options, drawn in each drop-down.
  const options = useMemo(
    () =>
      columnNames(header, width).map((name, i) => (
        <option key={i} value={i}>
          {name}
        </option>
      )),
    [header, width],
  );
  const listsAll = (field: ColumnField): boolean => width < LIST_ON_USE_FROM || inUse === field;
  const select = (field: ColumnField) => (
    <div className="field" key={field}>
      <label htmlFor={`${uid}-${field}`}>{FIELD_LABELS[field]}</label>
      <select
        id={`${uid}-${field}`}
        value={columns[field] ?? ''}
        onFocus={() => setInUse(field)}
        onPointerDown={() => setInUse(field)}
        onChange={(e) =>
          onChange({
            ...columns,
            [field]: e.target.value === '' ? null : Number(e.target.value),
          })
        }
      >
        <option value="">— none —</option>
        {listsAll(field) ? options : options[columns[field] ?? -1]}
      </select>
    </div>
  );
  return (
    <fieldset className="column-mapping">
      <legend>Columns</legend>
      {GROUPS.map(({ legend, fields }) =>
        legend === null ? (
          <div className="form-grid" key="ledger">
            {fields.map(select)}
          </div>
        ) : (
          <fieldset className="column-mapping__group" key={legend}>
            <legend>{legend}</legend>
            <div className="form-grid">{fields.map(select)}</div>
          </fieldset>
        ),
      )}
    </fieldset>
  );
}
