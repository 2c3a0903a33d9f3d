/** CSV column mappings remembered per header (a preference), so a known file maps itself. */
import { savePreference } from '../../commands';
import { COLUMN_FIELDS } from '../../import/csvColumns';
import type { ColumnMapping } from '../../import/types';
import { readPreference } from '../../read';
import { perform } from '../../store/perform';
import { TEXT_LIMITS } from '../../import/limits';

/** cyrb53: a 53-bit hash of a text, in base 36. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function keyOf(header: readonly string[]): string {
  const key = `import.csv-columns:${JSON.stringify(header.map((h) => h.trim().toLowerCase()))}`;
  // A wide header's name would be over a preference name's limit (limits.ts): then its hash.
  return key.length <= TEXT_LIMITS.kvKey ? key : `import.csv-columns#${hash(key)}`;
}

/**
 * A remembered mapping: each field it holds is a column or null. Mappings saved before the
 * outcome columns existed lack those fields: detection still fills them.
 */
function isMapping(value: unknown): value is Partial<ColumnMapping> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return COLUMN_FIELDS.every(
    (f) =>
      record[f] === undefined ||
      record[f] === null ||
      (Number.isInteger(record[f]) && (record[f] as number) >= 0),
  );
}

/** The mapping saved for this header, or null (none, or storage unreadable: detection still works). */
export async function loadMapping(
  header: readonly string[],
): Promise<Partial<ColumnMapping> | null> {
  const value = await readPreference(keyOf(header));
  if (!isMapping(value)) return null;
  const saved: Partial<ColumnMapping> = {};
  for (const f of COLUMN_FIELDS) if (value[f] !== undefined) saved[f] = value[f];
  return saved;
}

/**
 * Remembers the mapping quietly; a failure is reported, the import goes on. "No Connects
 * column" is not remembered: it reads a history as a file of outcomes (outcomes.md §6), a
 * choice for this import, while next month's sheet with the same header has new rows to add.
 */
export async function saveMapping(
  header: readonly string[],
  columns: ColumnMapping,
): Promise<void> {
  const { connects, ...rest } = columns;
  const kept: Partial<ColumnMapping> = connects === null ? rest : columns;
  await perform(savePreference(keyOf(header), kept, 'the column choice for this header'), {
    quiet: true,
  });
}

/** Whether the detected mapping already is the saved one (in every field the saved one holds). */
export const sameMapping = (saved: Partial<ColumnMapping>, detected: ColumnMapping): boolean =>
  COLUMN_FIELDS.every((f) => saved[f] === undefined || saved[f] === detected[f]);
