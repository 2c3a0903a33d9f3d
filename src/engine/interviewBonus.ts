/**
 * Whether an interview on a date earns Connects, and how many: the interview bonus of the era
 * in force then (rules contract: an era's `interviewBonus`, capped per 7 days by the rules).
 * The era is the one of the billing cycle holding the date, as the rules apply it, so a page
 * offering the bonus and the replay recording it never disagree.
 */
import { cycleStartOf, parseIsoDate } from './dates';
import type { InterviewBonusRule } from './eras';
import { eraForInput, type ReplayInput } from './replay';

/** The account and era settings of a replay input: what decides the era of a date. */
export type EraSettings = Pick<ReplayInput, 'account' | 'era' | 'catalogue'>;

/** The interview bonus of the era in force on `date`, or null when that era gives none. */
export function interviewBonusOn(settings: EraSettings, date: string): InterviewBonusRule | null {
  const day = parseIsoDate(date);
  if (day === null) return null;
  const era = eraForInput({ ...settings, events: [] })(
    cycleStartOf(day, settings.account.cycleDay),
  );
  return era.interviewBonus;
}
