/** CSV column mappings remembered per header (the kv table), so a known file maps itself. */
import { getDb } from '../../db/instance';
import type { ColumnMapping } from '../../import/types';
import { COLUMN_FIELDS } from '../../import/csvColumns';

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
  try {
    const record = await getDb().kv.get(keyOf(header));
    return record && isMapping(record.value) ? record.value : null;
  } catch {
    return null;
  }
}

export async function saveMapping(
  header: readonly string[],
  columns: ColumnMapping,
): Promise<void> {
  await getDb().kv.put({ key: keyOf(header), value: columns });
}

export const sameMapping = (a: ColumnMapping, b: ColumnMapping): boolean =>
  COLUMN_FIELDS.every((f) => a[f] === b[f]);
