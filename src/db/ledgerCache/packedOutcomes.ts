/**
 * Proposal outcomes packed as columns, as the read cache stores them: one record for every
 * outcome, which IndexedDB copies as blocks of bytes, where reading each bucket's objects back
 * costs a structured clone per outcome. Unpacking gives back exactly the outcome stored; an
 * outcome with something the columns cannot say (a field a later app added) is not packed.
 */
import {
  RESULTS,
  SIGNAL_FIELDS,
  STAGES,
  type Outcome,
  type Signals,
} from '../../engine/outcomes/types';

/** Signals held as numbers (NaN: absent) and as flags (-1: absent, 0 false, 1 true). */
const NUMBER_SIGNALS = [
  'hireRate',
  'clientSpentUsd',
  'postedDays',
  'lastViewedDays',
  'interviewing',
] as const;
const FLAG_SIGNALS = ['paymentVerified', 'invited', 'hiredAlready', 'clearDescription'] as const;
const OUTCOME_FIELDS = new Set(['stage', 'result', 'decidedOn', 'earnedUsd', 'tags', 'signals']);
const SIGNALS = new Set<string>(SIGNAL_FIELDS);
const SEPARATOR = '\u001f';
const NONE = 255;

export interface PackedOutcomes {
  count: number;
  ids: Float64Array;
  /** Index into STAGES, or NONE. */
  stages: Uint8Array;
  /** Index into RESULTS, or NONE. */
  results: Uint8Array;
  /** NaN where absent. */
  earned: Float64Array;
  /** Tags per outcome (NONE: no `tags` field), the tags themselves joined in `text`. */
  tagCounts: Uint8Array;
  /** Whether the outcome has `decidedOn`, `signals`, `signals.proposals` (bits 1, 2, 4). */
  has: Uint8Array;
  /** Null where no outcome has that signal: most columns of most ledgers, left out of the copy. */
  numbers: (Float64Array | null)[];
  flags: (Int8Array | null)[];
  /** decidedOn, tags and proposals bands, in outcome order, joined by SEPARATOR. */
  text: string;
}

const DECIDED = 1;
const HAS_SIGNALS = 2;
const BAND = 4;

const indexOr = (list: readonly string[], value: unknown): number | null =>
  value === undefined
    ? NONE
    : list.includes(value as string)
      ? list.indexOf(value as string)
      : null;

const clean = (text: unknown): text is string =>
  typeof text === 'string' && !text.includes(SEPARATOR);

/** The outcomes as columns, or null when one holds something the columns cannot say exactly. */
export function packOutcomes(outcomes: ReadonlyMap<number, Outcome>): PackedOutcomes | null {
  const n = outcomes.size;
  const packed: PackedOutcomes = {
    count: n,
    ids: new Float64Array(n),
    stages: new Uint8Array(n),
    results: new Uint8Array(n),
    earned: new Float64Array(n),
    tagCounts: new Uint8Array(n),
    has: new Uint8Array(n),
    numbers: NUMBER_SIGNALS.map(() => new Float64Array(n)),
    flags: FLAG_SIGNALS.map(() => new Int8Array(n)),
    text: '',
  };
  const parts: string[] = [];
  const numbersUsed = new Set<string>();
  const flagsUsed = new Set<string>();
  let i = 0;
  for (const [id, outcome] of outcomes) {
    if (Object.keys(outcome).some((k) => !OUTCOME_FIELDS.has(k))) return null;
    packed.ids[i] = id;
    const stage = indexOr(STAGES, outcome.stage);
    const result = indexOr(RESULTS, outcome.result);
    if (stage === null || result === null) return null;
    packed.stages[i] = stage;
    packed.results[i] = result;
    if (outcome.earnedUsd !== undefined && typeof outcome.earnedUsd !== 'number') return null;
    packed.earned[i] = outcome.earnedUsd ?? Number.NaN;
    let has = 0;
    if (outcome.decidedOn !== undefined) {
      if (!clean(outcome.decidedOn)) return null;
      has |= DECIDED;
      parts.push(outcome.decidedOn);
    }
    const tags = outcome.tags;
    if (tags === undefined) packed.tagCounts[i] = NONE;
    else {
      if (!Array.isArray(tags) || tags.length >= NONE || !tags.every(clean)) return null;
      packed.tagCounts[i] = tags.length;
      parts.push(...tags);
    }
    const signals = outcome.signals as Record<string, unknown> | undefined;
    if (signals !== undefined) {
      if (Object.keys(signals).some((k) => !SIGNALS.has(k))) return null;
      has |= HAS_SIGNALS;
      NUMBER_SIGNALS.forEach((field, f) => {
        const v = signals[field] as number | undefined;
        if (v !== undefined) numbersUsed.add(field);
        (packed.numbers[f] as Float64Array)[i] = v ?? Number.NaN;
      });
      FLAG_SIGNALS.forEach((field, f) => {
        const v = signals[field];
        if (v !== undefined) flagsUsed.add(field);
        (packed.flags[f] as Int8Array)[i] = v === undefined ? -1 : v ? 1 : 0;
      });
      if (NUMBER_SIGNALS.some((f) => signals[f] !== undefined && typeof signals[f] !== 'number'))
        return null;
      if (FLAG_SIGNALS.some((f) => signals[f] !== undefined && typeof signals[f] !== 'boolean'))
        return null;
      if (signals.proposals !== undefined) {
        if (!clean(signals.proposals)) return null;
        has |= BAND;
        parts.push(signals.proposals);
      }
    }
    packed.has[i] = has;
    i += 1;
  }
  packed.text = parts.join(SEPARATOR);
  NUMBER_SIGNALS.forEach((field, f) => {
    if (!numbersUsed.has(field)) packed.numbers[f] = null;
  });
  FLAG_SIGNALS.forEach((field, f) => {
    if (!flagsUsed.has(field)) packed.flags[f] = null;
  });
  return packed;
}

/** Outcomes by entry id, unpacked one at a time as they are asked for. */
export interface OutcomeIndex {
  readonly size: number;
  get(entryId: number): Outcome | undefined;
  /** The outcomes' revision they were read at (null when none is stored yet). */
  revision?: string | null;
}

export function mapOutcomes(outcomes: ReadonlyMap<number, Outcome>): OutcomeIndex {
  return { size: outcomes.size, get: (id) => outcomes.get(id) };
}

/**
 * Row of each entry id: an array indexed by id when the ids are dense enough (the usual case:
 * ids come from one counter), else a map. Filling a map of 50,000 was most of making the index.
 */
function rowsById(ids: Float64Array, count: number): (id: number) => number | undefined {
  let max = -1;
  for (let i = 0; i < count; i += 1) {
    const id = ids[i] as number;
    if (!Number.isInteger(id) || id < 0) max = Infinity;
    else if (id > max) max = id;
  }
  if (max < 8 * count + 65_536) {
    const rows = new Int32Array(max + 1).fill(-1);
    for (let i = 0; i < count; i += 1) rows[ids[i] as number] = i;
    return (id) => {
      const row = Number.isInteger(id) && id >= 0 && id <= max ? (rows[id] as number) : -1;
      return row < 0 ? undefined : row;
    };
  }
  const map = new Map<number, number>();
  for (let i = 0; i < count; i += 1) map.set(ids[i] as number, i);
  return (id) => map.get(id);
}

/**
 * The index over a packed snapshot. Its lookups are made on the first `get`: a load whose
 * figures come from the read cache (the Proposals page's summary) may never ask for one.
 */
export function packedOutcomeIndex(packed: PackedOutcomes): OutcomeIndex {
  let lookup: ((entryId: number) => Outcome | undefined) | null = null;
  return {
    size: packed.count,
    get: (entryId) => (lookup ??= lookupOf(packed))(entryId),
  };
}

function lookupOf(packed: PackedOutcomes): (entryId: number) => Outcome | undefined {
  // Where each outcome's texts start: one pass over the counts, then each unpack is direct.
  const rowOf = rowsById(packed.ids, packed.count);
  const textStart = new Uint32Array(packed.count + 1);
  let t = 0;
  for (let i = 0; i < packed.count; i += 1) {
    textStart[i] = t;
    const has = packed.has[i] as number;
    const tags = packed.tagCounts[i] as number;
    t += (has & DECIDED ? 1 : 0) + (tags === NONE ? 0 : tags) + (has & BAND ? 1 : 0);
  }
  const texts = packed.text === '' ? [] : packed.text.split(SEPARATOR);
  return (entryId) => {
    const i = rowOf(entryId);
    return i === undefined ? undefined : unpackOne(packed, i, texts, textStart[i] as number);
  };
}

function unpackOne(packed: PackedOutcomes, i: number, texts: string[], from: number): Outcome {
  const outcome: Outcome = {};
  let t = from;
  const stage = packed.stages[i] as number;
  const result = packed.results[i] as number;
  if (stage !== NONE) outcome.stage = STAGES[stage];
  if (result !== NONE) outcome.result = RESULTS[result];
  const has = packed.has[i] as number;
  if (has & DECIDED) outcome.decidedOn = texts[t++];
  const earned = packed.earned[i] as number;
  if (!Number.isNaN(earned)) outcome.earnedUsd = earned;
  const tags = packed.tagCounts[i] as number;
  if (tags !== NONE) {
    outcome.tags = texts.slice(t, t + tags);
    t += tags;
  }
  if (has & HAS_SIGNALS) {
    const signals: Record<string, unknown> = {};
    for (let f = 0; f < NUMBER_SIGNALS.length; f += 1) {
      const column = packed.numbers[f];
      const v = column ? (column[i] as number) : Number.NaN;
      if (!Number.isNaN(v)) signals[NUMBER_SIGNALS[f] as string] = v;
    }
    for (let f = 0; f < FLAG_SIGNALS.length; f += 1) {
      const column = packed.flags[f];
      const v = column ? (column[i] as number) : -1;
      if (v >= 0) signals[FLAG_SIGNALS[f] as string] = v === 1;
    }
    if (has & BAND) signals.proposals = texts[t];
    outcome.signals = signals as Signals;
  }
  return outcome;
}
