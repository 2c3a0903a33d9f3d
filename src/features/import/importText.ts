/** How the import page says things: counts, formats, outcomes. */
import type { LedgerEvent } from '../../engine/types';
import type { HistoryFormat, ParseResult } from '../../import/types';
import type { ImportOutcome } from '../../commands';
import { formatCount, planName, plural } from '../../engine/words';
import { accountAfterUndo, type AccountRecord, type BatchRecord } from '../../read';

export const FORMAT_LABELS: Record<HistoryFormat, string> = {
  'copied-rows': 'the Connects History page, copied as rows',
  'copied-blocks': 'the Connects History page, copied one cell per line',
  csv: 'a CSV file',
  'app-csv': 'this app’s own CSV export',
  outcomes: 'a CSV file of proposal outcomes',
};

export interface KindCounts {
  proposals: number;
  boosted: number;
  /** Spends that are no proposal (outcomes.md §1). */
  profileBoosts: number;
  badges: number;
  otherSpends: number;
  purchases: number;
  refunds: number;
  bonuses: number;
  corrections: number;
  planChanges: number;
}

export function countKinds(events: readonly LedgerEvent[]): KindCounts {
  const c: KindCounts = {
    proposals: 0,
    boosted: 0,
    profileBoosts: 0,
    badges: 0,
    otherSpends: 0,
    purchases: 0,
    refunds: 0,
    bonuses: 0,
    corrections: 0,
    planChanges: 0,
  };
  for (const e of events) {
    if (e.type === 'spend') {
      if (e.kind === 'profile-boost') c.profileBoosts += 1;
      else if (e.kind === 'availability-badge') c.badges += 1;
      else if (e.kind === 'other') c.otherSpends += 1;
      else {
        c.proposals += 1;
        if (e.boost !== undefined) c.boosted += 1;
      }
    } else if (e.type === 'purchase') c.purchases += 1;
    else if (e.type === 'refund') c.refunds += 1;
    else if (e.type === 'bonus') c.bonuses += 1;
    else if (e.type === 'adjust') c.corrections += 1;
    else c.planChanges += 1;
  }
  return c;
}

/**
 * Rows the file held: each event, plus each boost that had a row of its own before joining its
 * proposal (a lone boost stays one row, a spend of 0), the platform's rows and the unread ones.
 */
export function fileRowCount(parse: ParseResult): number {
  const unread = parse.problems.filter((p) => p.line > 0).length;
  if (parse.format === 'app-csv') return parse.events.length + unread;
  let joined = 0;
  for (const e of parse.events) {
    if (e.type === 'spend' && e.boost !== undefined && e.connects > 0) joined += 1;
  }
  return parse.events.length + joined + parse.platformRows.length + unread;
}

/** "42 proposals (21 with a boost), 3 purchases, …": the kinds the file holds. */
export function kindsText(c: KindCounts): string {
  const parts = [
    c.proposals > 0 &&
      `${plural(c.proposals, 'proposal')}${c.boosted > 0 ? ` (${c.boosted} with a boost)` : ''}`,
    c.profileBoosts > 0 && plural(c.profileBoosts, 'profile boost'),
    c.badges > 0 && plural(c.badges, 'availability badge'),
    c.otherSpends > 0 && plural(c.otherSpends, 'other spend'),
    c.purchases > 0 && plural(c.purchases, 'purchase'),
    c.refunds > 0 && plural(c.refunds, 'refund'),
    c.bonuses > 0 && plural(c.bonuses, 'bonus', 'bonuses'),
    c.corrections > 0 && plural(c.corrections, 'correction'),
    c.planChanges > 0 && plural(c.planChanges, 'plan change'),
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join(', ') : 'no entries';
}

export function outcomeText(outcome: ImportOutcome): string {
  return `Added ${plural(outcome.added, 'entry', 'entries')}, ${formatCount(outcome.skipped)} already in your ledger.`;
}

export function dateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** What undoing `batch` also does to the account, as the end of the confirmation's question. */
export function undoAccountText(batch: BatchRecord, current: AccountRecord | null): string {
  const after = accountAfterUndo(batch, current);
  if (after === undefined || !current) return '';
  if (after === null) return ', and the account it set up if nothing else is left';
  const back: string[] = [];
  if (after.startingBalance !== current.startingBalance) {
    back.push(`the starting balance of ${plural(after.startingBalance, 'Connect')}`);
  }
  if (after.plan !== current.plan) back.push(`the plan ${planName(after.plan)}`);
  if (after.cycleDay !== current.cycleDay) back.push(`billing day ${after.cycleDay}`);
  if (after.start !== current.start) back.push(`the start date ${after.start}`);
  return back.length > 0 ? `, and put back ${back.join(', ')}` : '';
}
