/**
 * The ledger's replay events packed as columns of typed arrays. IndexedDB copies a typed array
 * as one block of bytes, so reading 50,000 events this way takes milliseconds where reading
 * 50,000 entry objects takes hundreds. Unpacking gives back exactly what `toEvent` gave: the
 * same fields in the same order on every event (see toEvent for why the shape matters).
 */
import { formatDay, parseIsoDate } from '../../engine/dates';
import { SPEND_KINDS } from '../../engine/outcomes/types';
import { BONUS_REASONS, EVENT_TYPES, type LedgerEvent } from '../../engine/types';

export interface PackedEvents {
  count: number;
  days: Int32Array;
  /** Index into EVENT_TYPES. */
  types: Uint8Array;
  /** NaN where the field is absent. */
  connects: Float64Array;
  boost: Float64Array;
  usd: Float64Array;
  /** Index into BONUS_REASONS, or NO_REASON. */
  reasons: Uint8Array;
  /** Which of ref, note and plan the event has (bits REF, NOTE, PLAN). */
  texts: Uint8Array;
  /** A spend's kind: 1 + its index in SPEND_KINDS, 0 when absent. */
  kinds: Uint8Array;
  /** The entry each event was read from (outcomes are kept by entry id). */
  ids: Uint32Array;
  /** The texts present, in event order and ref, note, plan order, joined by SEPARATOR. */
  text: string;
}

const NO_REASON = 255;
const REF = 1;
const NOTE = 2;
const PLAN = 4;
const SEPARATOR = '\u001f';

const TYPE_INDEX = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));
const KIND_INDEX = new Map<string, number>(SPEND_KINDS.map((k, i) => [k, i + 1]));
const REASON_INDEX = new Map<string, number>(BONUS_REASONS.map((r, i) => [r, i]));

/** A number column's cell; false when the value cannot be stored exactly (NaN, or not a number). */
function numberCell(value: unknown): number | false {
  if (value === undefined) return Number.NaN;
  return typeof value === 'number' && !Number.isNaN(value) ? value : false;
}

/** The events as columns, or null when one of them holds something the columns cannot say. */
export function packEvents(
  events: readonly LedgerEvent[],
  ids: ArrayLike<number>,
): PackedEvents | null {
  const n = events.length;
  const packed: PackedEvents = {
    count: n,
    days: new Int32Array(n),
    types: new Uint8Array(n),
    connects: new Float64Array(n),
    boost: new Float64Array(n),
    usd: new Float64Array(n),
    reasons: new Uint8Array(n),
    texts: new Uint8Array(n),
    kinds: new Uint8Array(n),
    ids: Uint32Array.from(ids),
    text: '',
  };
  const parts: string[] = [];
  let lastDate = '';
  let lastDay = 0;
  for (let i = 0; i < n; i += 1) {
    const e = events[i] as unknown as Record<string, unknown>;
    if (e.date !== lastDate) {
      const day = typeof e.date === 'string' ? parseIsoDate(e.date) : null;
      if (day === null || formatDay(day) !== e.date) return null;
      lastDate = e.date;
      lastDay = day;
    }
    packed.days[i] = lastDay;
    const type = TYPE_INDEX.get(e.type as string);
    if (type === undefined) return null;
    packed.types[i] = type;
    const connects = numberCell(e.connects);
    const boost = numberCell(e.boost);
    const usd = numberCell(e.usd);
    if (connects === false || boost === false || usd === false) return null;
    packed.connects[i] = connects;
    packed.boost[i] = boost;
    packed.usd[i] = usd;
    const reason = e.reason === undefined ? NO_REASON : REASON_INDEX.get(e.reason as string);
    if (reason === undefined) return null;
    packed.reasons[i] = reason;
    let mask = 0;
    for (const [bit, value] of [
      [REF, e.ref],
      [NOTE, e.note],
      [PLAN, e.plan],
    ] as const) {
      if (value === undefined) continue;
      if (typeof value !== 'string' || value.includes(SEPARATOR)) return null;
      mask |= bit;
      parts.push(value);
    }
    packed.texts[i] = mask;
    const kind = e.kind === undefined ? 0 : KIND_INDEX.get(e.kind as string);
    if (kind === undefined) return null;
    packed.kinds[i] = kind;
  }
  packed.text = parts.join(SEPARATOR);
  return packed;
}

const optional = (v: number): number | undefined => (Number.isNaN(v) ? undefined : v);

/** The texts of the events from `from` on: counted from the end, so a short tail costs little. */
function textsFrom(packed: PackedEvents, from: number): string[] {
  if (from === 0) return packed.text.split(SEPARATOR);
  let wanted = 0;
  for (let i = from; i < packed.count; i += 1) {
    wanted += textCount(packed.texts[i] as number);
  }
  if (wanted === 0) return [];
  // The separator before the first text wanted (-1 when that is the first text of all).
  let at = packed.text.length;
  for (; wanted > 0; wanted -= 1) at = at <= 0 ? -1 : packed.text.lastIndexOf(SEPARATOR, at - 1);
  return packed.text.slice(at + 1).split(SEPARATOR);
}

/** The event at `index` as `toEvent` made it, its texts at `texts[t]` on. */
function eventOf(
  packed: PackedEvents,
  i: number,
  date: string,
  texts: readonly string[],
  t: number,
) {
  const mask = packed.texts[i] as number;
  const reason = packed.reasons[i] as number;
  return {
    date,
    type: EVENT_TYPES[packed.types[i] as number],
    connects: optional(packed.connects[i] as number),
    boost: optional(packed.boost[i] as number),
    usd: optional(packed.usd[i] as number),
    reason: reason === NO_REASON ? undefined : BONUS_REASONS[reason],
    ref: mask & REF ? texts[t++] : undefined,
    note: mask & NOTE ? texts[t++] : undefined,
    plan: mask & PLAN ? texts[t] : undefined,
    kind: SPEND_KINDS[(packed.kinds[i] as number) - 1],
  } as LedgerEvent;
}

const textCount = (mask: number): number =>
  (mask & REF) + ((mask & NOTE) >> 1) + ((mask & PLAN) >> 2);

/**
 * Reads single events. Where an event's texts start is found by walking the masks and the text
 * from the start, as far as the furthest event asked for so far (and no further): the Proposals
 * page asks for its oldest open proposals, near the start of a long ledger.
 */
export function eventReader(packed: PackedEvents): (index: number) => LedgerEvent | undefined {
  /** The number of the first text of each event walked; the offset in `text` of each text. */
  const first = new Int32Array(packed.count + 1);
  const starts: number[] = [0];
  let walked = 0;
  let texts = 0;
  const walkTo = (index: number): void => {
    for (; walked <= index; walked += 1) {
      first[walked] = texts;
      if (walked === packed.count) break;
      texts += textCount(packed.texts[walked] as number);
    }
    while (starts.length <= texts) {
      const at = packed.text.indexOf(SEPARATOR, starts[starts.length - 1] as number);
      starts.push(at < 0 ? packed.text.length + 1 : at + 1);
    }
  };
  return (index) => {
    if (!(index >= 0 && index < packed.count)) return undefined;
    walkTo(index + 1);
    const from = first[index] as number;
    const to = first[index + 1] as number;
    const list: string[] = [];
    for (let k = from; k < to; k += 1) {
      list.push(packed.text.slice(starts[k] as number, (starts[k + 1] as number) - 1));
    }
    return eventOf(packed, index, formatDay(packed.days[index] as number), list, 0);
  };
}

/**
 * The events back, as `toEvent` made them. From `from` on only when given: the array still has
 * `count` slots (an event keeps its index), those before `from` empty.
 */
export function unpackEvents(packed: PackedEvents, from = 0): LedgerEvent[] {
  const start = Math.min(Math.max(0, from), packed.count);
  const texts = textsFrom(packed, start);
  let t = 0;
  const events = new Array<LedgerEvent>(packed.count);
  let lastDay = Number.NaN;
  let date = '';
  for (let i = start; i < packed.count; i += 1) {
    const day = packed.days[i] as number;
    if (day !== lastDay) {
      lastDay = day;
      date = formatDay(day);
    }
    events[i] = eventOf(packed, i, date, texts, t);
    t += textCount(packed.texts[i] as number);
  }
  return events;
}
