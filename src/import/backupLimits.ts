/**
 * The limits (limits.ts) applied to a backup before its schema: each known field against its
 * own limit, then every other text, field name and nesting level against the general ones, so
 * that no field — not even one a later version adds — can bring in a text that makes the app
 * slow. Checked first, so that "connects: 1e308" reads "too large", not "expected a whole
 * number". `__proto__`, `constructor` and `prototype` keys are refused: JSON.parse makes them
 * plain fields, but code that copies fields by assignment would treat them as the prototype.
 */
import {
  checkLimit,
  ENTRY_LIMITS,
  ERA_PLAN_LIMITS,
  MAX_BACKUP_DEPTH,
  outcomeLimitProblem,
  TEXT_LIMITS,
  type NumberLimit,
  type TextLimit,
} from './limits';

/** The first limit a backup breaks: where (`entries[3].details`) and the whole message. */
export interface LimitBreach {
  path: string;
  message: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

class Breach extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function check(path: string, limit: TextLimit | NumberLimit, value: unknown, signed = false): void {
  const message = checkLimit(path, limit, value, signed);
  if (message !== null) throw new Breach(path, message);
}

function checkFields(
  at: string,
  value: unknown,
  limits: Record<string, TextLimit | NumberLimit>,
): void {
  if (!isObject(value)) return;
  for (const [field, limit] of Object.entries(limits)) check(`${at}.${field}`, limit, value[field]);
}

/** A custom era's texts, plan ids and figures. */
function checkEraLimits(at: string, era: unknown): void {
  if (!isObject(era)) return;
  checkFields(at, era, { id: 'eraId', name: 'eraName', source: 'eraText' });
  const sources = era.sources;
  if (isObject(sources)) {
    for (const [key, text] of Object.entries(sources))
      check(`${at}.sources.${key}`, 'eraText', text);
  }
  list(era.assumed).forEach((text, i) => check(`${at}.assumed[${i}]`, 'eraText', text));
  if (isObject(era.interviewBonus)) {
    const bonus = era.interviewBonus;
    for (const field of ['amount', 'capPer7Days', 'cap', 'per7Days']) {
      check(`${at}.interviewBonus.${field}`, 'eraConnects', bonus[field]);
    }
  }
  if (!isObject(era.plans)) return;
  for (const [plan, rules] of Object.entries(era.plans)) {
    if (checkLimit('', 'planId', plan) !== null) {
      const message = `${at}.plans: a plan id is too long: at most ${TEXT_LIMITS.planId} characters`;
      throw new Breach(`${at}.plans`, message);
    }
    if (!isObject(rules)) continue;
    for (const [field, limit] of Object.entries(ERA_PLAN_LIMITS)) {
      const path = `${at}.plans.${plan}.${field}`;
      if (field === 'bundles')
        list(rules[field]).forEach((n, i) => check(`${path}[${i}]`, limit, n));
      else check(path, limit, rules[field]);
    }
  }
}

function checkEntry(at: string, entry: unknown): void {
  if (!isObject(entry)) return;
  for (const [field, limit] of Object.entries(ENTRY_LIMITS)) {
    // A correction may take Connects away as well as add them.
    check(`${at}.${field}`, limit, entry[field], field === 'connects' && entry.type === 'adjust');
  }
  // Tags are the outcomes contract's (the backup's schema checks them, counting characters).
  const tooLarge = outcomeLimitProblem(entry.outcome);
  if (tooLarge !== null) {
    throw new Breach(`${at}.outcome.${tooLarge.path}`, `${at}.outcome.${tooLarge.message}`);
  }
}

/** Every known field against its own limit. */
function checkKnownFields(backup: Json): void {
  check('exportedAt', 'timestamp', backup.exportedAt);
  const account = backup.account;
  if (isObject(account)) {
    checkFields('account', account, { plan: 'planId', startingBalance: 'balance' });
    check('account.createdAt', 'timestamp', account.createdAt);
    if (typeof account.era === 'string') check('account.era', 'eraId', account.era);
    else checkEraLimits('account.era', account.era);
  }
  list(backup.entries).forEach((entry, i) => checkEntry(`entries[${i}]`, entry));
  list(backup.batches).forEach((batch, i) =>
    checkFields(`batches[${i}]`, batch, {
      fileName: 'fileName',
      format: 'format',
      importedAt: 'timestamp',
      rowCount: 'rowCount',
    }),
  );
  list(backup.customEras).forEach((era, i) => checkEraLimits(`customEras[${i}]`, era));
  list(backup.kv).forEach((record, i) => {
    if (!isObject(record)) return;
    check(`kv[${i}].key`, 'kvKey', record.key);
    const json = JSON.stringify(record.value) ?? '';
    if (json.length > TEXT_LIMITS.kvValue) {
      const message = `kv[${i}].value: too large: at most ${TEXT_LIMITS.kvValue.toLocaleString('en-US')} characters as JSON`;
      throw new Breach(`kv[${i}].value`, message);
    }
  });
}

interface Frame {
  value: unknown;
  depth: number;
  parent: Frame | null;
  key: string | number;
}

/** The frame's path, built only for a message: most backups break nothing. */
function pathOf(frame: Frame | null): string {
  const keys: (string | number)[] = [];
  for (let f = frame; f?.parent; f = f.parent) keys.push(f.key);
  let out = '';
  for (const key of keys.reverse()) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * Every value of the tree. Nesting and forbidden keys throw at once; the first text or field
 * name over the general limits is only returned, because a known field over its own (smaller)
 * limit should be named with that limit. Iterative: a deeply nested file cannot overflow the stack.
 */
function walk(root: unknown): Breach | null {
  let deferred: Breach | null = null;
  const stack: Frame[] = [{ value: root, depth: 0, parent: null, key: '' }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { value, depth } = frame;
    if (typeof value === 'string') {
      if (deferred === null && value.length > TEXT_LIMITS.anyText) {
        const path = pathOf(frame);
        deferred = new Breach(path, checkLimit(path, 'anyText', value) as string);
      }
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_BACKUP_DEPTH) {
      const path = pathOf(frame);
      throw new Breach(path, `${path}: nested too deeply (at most ${MAX_BACKUP_DEPTH} levels)`);
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) {
        stack.push({ value: value[i], depth: depth + 1, parent: frame, key: i });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const path = join(pathOf(frame), key);
        throw new Breach(path, `${path}: not allowed in a backup`);
      }
      if (deferred === null && key.length > TEXT_LIMITS.fieldName) {
        const path = pathOf(frame);
        const message = `${path || 'the backup'}: a field name is too long: at most ${TEXT_LIMITS.fieldName} characters`;
        deferred = new Breach(path, message);
      }
      stack.push({ value: (value as Json)[key], depth: depth + 1, parent: frame, key });
    }
  }
  return deferred;
}

/** The first limit the parsed backup breaks, or null. */
export function backupLimitBreach(backup: unknown): LimitBreach | null {
  try {
    const general = walk(backup);
    if (isObject(backup)) checkKnownFields(backup);
    if (general) throw general;
    return null;
  } catch (error) {
    if (error instanceof Breach) return { path: error.path, message: error.message };
    throw error;
  }
}
