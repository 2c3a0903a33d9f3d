/**
 * How another page opens "Worth applying?" with a job already filled in: a link to the
 * Proposals page, `/proposals?check&connects=12&boost=5&title=…&tags=…&hireRate=40…`, and the
 * values read back from it. Anything in the query that is not a valid value is left out.
 */
import type { Signals } from '../../engine/outcomes/types';
import { SIGNAL_FIELDS } from '../../engine/outcomes/types';
import { parseWhole } from '../../engine/words';
import { NUMBER_LIMITS, TEXT_LIMITS } from '../../import/limits';
import {
  checkJobDraft,
  emptySignalsDraft,
  YES_NO_FIELDS,
  type SignalField,
  type SignalsDraft,
} from './jobDraft';

export const PROPOSALS_PATH = '/proposals';
/** The query flag that asks the Proposals page to open the check. */
export const CHECK_FLAG = 'check';

/** What the check starts from. */
export interface WorthInitial {
  connects?: number;
  boost?: number;
  /** The job's title or reference (what "Record this proposal" stores). */
  title?: string;
  tags?: string[];
  signals?: Signals;
}

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/** The link to the check with these values. */
export function worthCheckHref(initial: WorthInitial = {}): string {
  const q = new URLSearchParams();
  q.set(CHECK_FLAG, '');
  if (initial.connects !== undefined) q.set('connects', String(initial.connects));
  if (initial.boost) q.set('boost', String(initial.boost));
  if (initial.title) q.set('title', initial.title);
  if (initial.tags && initial.tags.length > 0) q.set('tags', initial.tags.join(','));
  for (const f of SIGNAL_FIELDS) {
    const v = initial.signals?.[f];
    if (v === undefined) continue;
    q.set(f, typeof v === 'boolean' ? yesNo(v) : String(v));
  }
  // `check=` reads as `check`: the flag alone, as the page's links write it.
  return `${PROPOSALS_PATH}?${q.toString().replace(`${CHECK_FLAG}=`, CHECK_FLAG)}`;
}

const whole = (raw: string | null): number | undefined => {
  if (raw === null) return undefined;
  const n = parseWhole(raw);
  return n !== null && n >= 0 && n <= NUMBER_LIMITS.connects ? n : undefined;
};

/**
 * The values of a check link (`location.search` or the page's search params), or null when the
 * query does not ask for the check.
 */
export function worthInitialFromQuery(search: string | URLSearchParams): WorthInitial | null {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  if (!q.has(CHECK_FLAG)) return null;
  const out: WorthInitial = {};
  const connects = whole(q.get('connects'));
  if (connects !== undefined) out.connects = connects;
  const boost = whole(q.get('boost'));
  if (boost !== undefined) out.boost = boost;
  const title = q.get('title')?.trim();
  if (title && title.length <= TEXT_LIMITS.details) out.title = title;
  const draft: SignalsDraft = emptySignalsDraft();
  for (const f of SIGNAL_FIELDS) {
    const v = q.get(f);
    if (v === null) continue;
    const yesNoField = (YES_NO_FIELDS as readonly string[]).includes(f);
    if (!yesNoField || v === 'yes' || v === 'no') (draft as Record<SignalField, string>)[f] = v;
  }
  const check = checkJobDraft({ tags: q.get('tags') ?? '', signals: draft });
  if (check.tags.length > 0) out.tags = check.tags;
  if (Object.keys(check.signals).length > 0) out.signals = check.signals;
  return out;
}
