/**
 * Why a write or an open failed, in words a user can act on. Dexie wraps the browser's errors
 * (an AbortError whose `inner` is the QuotaExceededError), so the whole chain is searched.
 */
/**
 * A write the app itself refuses, with its reason in the user's words ("the entry no longer
 * exists (deleted in another tab?)"): said as it is, not as the browser's refusal.
 */
export class LedgerError extends Error {
  override name = 'LedgerError';
}

export type StorageProblem = 'quota' | 'unavailable' | 'blocked' | 'closed' | 'missing' | 'other';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
}

function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && out.length < 8) {
    const e = current as ErrorLike;
    out.push(e);
    current = e.inner ?? e.cause;
  }
  return out;
}

const BY_NAME: Record<string, StorageProblem> = {
  QuotaExceededError: 'quota',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  DatabaseClosedError: 'closed',
  VersionError: 'closed',
  NotFoundError: 'missing',
};

export function classifyStorageError(error: unknown): StorageProblem {
  const names = chain(error).map((e) => (typeof e.name === 'string' ? e.name : ''));
  for (const name of names) {
    const problem = BY_NAME[name];
    if (problem) return problem;
  }
  if (chain(error).some((e) => typeof e.message === 'string' && /quota/i.test(e.message))) {
    return 'quota';
  }
  return 'other';
}

const TEXT: Record<StorageProblem, string> = {
  quota: "the browser's storage is full. Free some space (or delete old data) and try again.",
  unavailable:
    'this browser does not let the app store data (IndexedDB is unavailable, as in some private windows).',
  blocked: 'another tab holds an older version of the app open. Close it and try again.',
  closed: 'the app was updated in another tab. Reload this page and try again.',
  missing: 'it was changed or deleted in another tab.',
  other: 'the browser refused the write',
};

/** The reason part of "Not saved: … — <reason>". */
export function storageErrorText(error: unknown): string {
  if (error instanceof LedgerError) return `${error.message}.`;
  const problem = classifyStorageError(error);
  if (problem !== 'other') return TEXT[problem];
  const first = chain(error).find((e) => typeof e.message === 'string' && e.message);
  const detail = first ? String(first.message) : '';
  return detail ? `${TEXT.other} (${detail}).` : `${TEXT.other}.`;
}
