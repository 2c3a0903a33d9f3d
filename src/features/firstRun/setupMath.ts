/**
 * The first-run account: it starts at the current cycle start, so replaying it gives today's
 * balance = starting balance + this cycle's allotment. The starting balance is what makes that
 * equal the balance the user typed; when the typed balance is below the allotment (Connects
 * already spent this cycle), a correction dated today takes the difference away.
 */
import type { NewEntry } from '../../commands';
import { ledgerInput } from '../../read';
import type { AccountRecord, CustomEraRecord, EraSetting } from '../../read';
import { cycleStartOf, formatDay, parseIsoDate } from '../../engine/dates';
import { stateAt } from '../../engine/replay';

export interface SetupAnswers {
  plan: string;
  cycleDay: number;
  era: EraSetting;
  /** Today's balance as the platform shows it. */
  balanceToday: number;
  today: string;
}

export interface SetupPlan {
  account: AccountRecord;
  opening: NewEntry[];
}

export const SETUP_NOTE = 'Spent this cycle before the ledger began';

export function planSetup(
  answers: SetupAnswers,
  customEras: readonly CustomEraRecord[] = [],
  createdAt: string = new Date().toISOString(),
): SetupPlan {
  const day = parseIsoDate(answers.today);
  if (day === null) throw new Error(`today is not a date: ${answers.today}`);
  const account: AccountRecord = {
    id: 'account',
    plan: answers.plan,
    cycleDay: answers.cycleDay,
    start: formatDay(cycleStartOf(day, answers.cycleDay)),
    startingBalance: 0,
    era: answers.era,
    createdAt,
  };
  // The engine says what this cycle grants under the chosen era, so no rule is repeated here.
  const granted = stateAt(ledgerInput(account, [], customEras).input, answers.today).balance;
  if (answers.balanceToday >= granted) {
    return {
      account: { ...account, startingBalance: answers.balanceToday - granted },
      opening: [],
    };
  }
  return {
    account,
    opening: [
      {
        date: answers.today,
        type: 'adjust',
        connects: answers.balanceToday - granted,
        note: SETUP_NOTE,
      },
    ],
  };
}
