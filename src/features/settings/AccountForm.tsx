/** The account's plan, cycle day, start and starting balance, checked as the user types. */
import { useId, useState, type FormEvent } from 'react';
import { saveAccount } from '../../commands';
import type { AccountRecord } from '../../read';
import { cycleStartOf, formatDay, isCycleStart, parseIsoDate } from '../../engine/dates';
import { perform } from '../../store/perform';
import { parseWhole, planName } from '../../engine/words';
import { NUMBER_LIMITS } from '../../import/limits';
import { Field, NumberField, SelectField } from '../shared/Field';

type Key = 'plan' | 'cycleDay' | 'start' | 'startingBalance';
type Values = Record<Key, string>;

export function checkAccount(v: Values): Partial<Record<Key, string>> {
  const errors: Partial<Record<Key, string>> = {};
  const cycleDay = parseWhole(v.cycleDay);
  if (cycleDay === null || cycleDay < 1 || cycleDay > 31) {
    errors.cycleDay = 'The cycle day must be a whole number from 1 to 31.';
  }
  const start = parseIsoDate(v.start);
  if (start === null) errors.start = 'Enter a real date (YYYY-MM-DD).';
  else if (cycleDay !== null && !errors.cycleDay && !isCycleStart(start, cycleDay)) {
    const fix = formatDay(cycleStartOf(start, cycleDay));
    errors.start = `${v.start} is not a cycle start for cycle day ${cycleDay}: the cycle containing it starts on ${fix}.`;
  }
  const balance = parseWhole(v.startingBalance);
  if (balance === null || balance < 0) {
    errors.startingBalance = 'The starting balance must be a whole number, 0 or more.';
  } else if (balance > NUMBER_LIMITS.balance) {
    errors.startingBalance = `The starting balance must be at most ${NUMBER_LIMITS.balance.toLocaleString('en-US')}.`;
  }
  return errors;
}

export function AccountForm({
  account,
  plans,
}: {
  account: AccountRecord;
  plans: readonly string[];
}) {
  const uid = useId();
  const [values, setValues] = useState<Values>({
    plan: account.plan,
    cycleDay: String(account.cycleDay),
    start: account.start,
    startingBalance: String(account.startingBalance),
  });
  const [busy, setBusy] = useState(false);
  const errors = checkAccount(values);
  const set = (k: Key, value: string): void => setValues((v) => ({ ...v, [k]: value }));
  const changed =
    values.plan !== account.plan ||
    values.cycleDay !== String(account.cycleDay) ||
    values.start !== account.start ||
    values.startingBalance !== String(account.startingBalance);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const first = (['cycleDay', 'start', 'startingBalance'] as const).find((k) => errors[k]);
    if (first) {
      document.getElementById(`${uid}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    await perform(
      saveAccount({
        plan: values.plan,
        cycleDay: parseWhole(values.cycleDay) ?? account.cycleDay,
        start: values.start,
        startingBalance: parseWhole(values.startingBalance) ?? 0,
      }),
    );
    setBusy(false);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${uid}-h`} className="card">
      <h2 id={`${uid}-h`}>Account</h2>
      <div className="form-grid">
        <SelectField
          id={`${uid}-plan`}
          label="Plan at the start"
          hint="Later plan changes are ledger entries."
          value={values.plan}
          onChange={(v) => set('plan', v)}
          options={plans.map((p) => ({ value: p, label: planName(p) }))}
        />
        <NumberField
          id={`${uid}-cycleDay`}
          label="Billing cycle day"
          hint="Days 29–31 renew on the 1st."
          error={errors.cycleDay}
          value={values.cycleDay}
          onChange={(v) => set('cycleDay', v)}
        />
        <Field
          id={`${uid}-start`}
          label="Ledger start"
          hint="A cycle start: the first statement begins here."
          error={errors.start}
        >
          {(aria) => (
            <input
              {...aria}
              type="date"
              value={values.start}
              onChange={(e) => set('start', e.target.value)}
            />
          )}
        </Field>
        <NumberField
          id={`${uid}-startingBalance`}
          label="Starting balance"
          hint="Connects held just before the start (before that cycle's allotment)."
          error={errors.startingBalance}
          value={values.startingBalance}
          onChange={(v) => set('startingBalance', v)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || !changed}>
          Save account
        </button>
      </div>
    </form>
  );
}
