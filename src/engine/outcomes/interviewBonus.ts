/**
 * Marking an interview, in an era with an interview bonus (`free-monthly-2020`), offers to record
 * the bonus. Which date it gets: today when the era in force today gives one (the interview is
 * news now); else the proposal's date when its era gave one (a ledger filled in afterwards: the
 * interview came soon after the proposal, and the era then decides). The rules apply the amount
 * and the cap per 7 days themselves: the bonus is recorded without a figure.
 */
import { cycleStartOf, parseIsoDate } from '../dates';
import { eraForInput, type ReplayInput } from '../replay';

export interface InterviewBonusOffer {
  /** The bonus's date. */
  date: string;
  /** What the era gives per interview, before its cap. */
  amount: number;
  capPer7Days: number;
}

export function interviewBonusOffer(
  input: ReplayInput,
  proposalDate: string,
  today: string,
): InterviewBonusOffer | null {
  const eraFor = eraForInput(input);
  const start = parseIsoDate(input.account.start);
  for (const date of today >= proposalDate ? [today, proposalDate] : [proposalDate]) {
    const day = parseIsoDate(date);
    if (day === null || (start !== null && day < start)) continue;
    const rule = eraFor(cycleStartOf(day, input.account.cycleDay)).interviewBonus;
    if (rule) return { date, amount: rule.amount, capPer7Days: rule.capPer7Days };
  }
  return null;
}
