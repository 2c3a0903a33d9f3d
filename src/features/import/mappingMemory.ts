/** CSV column mappings remembered per header (a preference), so a known file maps itself. */
import { savePreference } from '../../commands';
import { COLUMN_FIELDS } from '../../import/csvColumns';
import type { ColumnMapping } from '../../import/types';
import { readPreference } from '../../read';
import { perform } from '../../store/perform';

const keyOf = (header: readonly string[]): string =>
  `import.csv-columns:${JSON.stringify(header.map((h) => h.trim().toLowerCase()))}`;

function isMapping(value: unknown): value is ColumnMapping {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return COLUMN_FIELDS.every(
    (f) => record[f] === null || (Number.isInteger(record[f]) && (record[f] as number) >= 0),
  );
}

/** The mapping saved for this header, or null (none, or storage unreadable: detection still works). */
export async function loadMapping(header: readonly string[]): Promise<ColumnMapping | null> {
  const value = await readPreference(keyOf(header));
  return isMapping(value) ? value : null;
}

/** Remembers the mapping quietly; a failure is reported, the import goes on. */
export async function saveMapping(
  header: readonly string[],
  columns: ColumnMapping,
): Promise<void> {
  await perform(savePreference(keyOf(header), columns, 'the column choice for this header'), {
    quiet: true,
  });
}

export const sameMapping = (a: ColumnMapping, b: ColumnMapping): boolean =>
  COLUMN_FIELDS.every((f) => a[f] === b[f]);
