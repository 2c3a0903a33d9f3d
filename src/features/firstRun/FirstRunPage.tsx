/** The first screen of an empty ledger: set up the account, or load the sample history. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { createAccount, importBatch } from '../../commands';
import type { EraSetting } from '../../read';
import { ERA_CATALOGUE } from '../../engine/eras';
import { parseWhole, todayIso } from '../../engine/words';
import { useStatusStore } from '../../store/statusStore';
import { showInfo } from '../../store/toastStore';
import { perform } from '../../store/perform';
import { requestPersistence } from '../../store/persistence';
import { PLAN_IDS, connects, planName } from '../../engine/words';
import { NUMBER_LIMITS } from '../../import/limits';
import { Field, NumberField, SelectField } from '../shared/Field';
import { sampleImport, preloadSample } from './loadSample';
import { planSetup } from './setupMath';

type Answer = 'plan' | 'cycleDay' | 'balance' | 'era';

function checkAnswers(a: Record<Answer, string>): Partial<Record<Answer, string>> {
  const errors: Partial<Record<Answer, string>> = {};
  const day = parseWhole(a.cycleDay);
  if (a.cycleDay.trim() === '') errors.cycleDay = 'Enter the day your billing cycle starts (1–31).';
  else if (day === null || day < 1 || day > 31)
    errors.cycleDay = 'The cycle day must be a whole number from 1 to 31.';
  const balance = parseWhole(a.balance);
  if (a.balance.trim() === '') errors.balance = 'Enter the balance the platform shows today.';
  else if (balance === null || balance < 0)
    errors.balance = 'The balance must be a whole number, 0 or more.';
  else if (balance > NUMBER_LIMITS.balance)
    errors.balance = `The balance must be at most ${NUMBER_LIMITS.balance.toLocaleString('en-US')}.`;
  return errors;
}

async function afterFirstWrite(): Promise<void> {
  useStatusStore.getState().setPersistence(await requestPersistence());
}

export function FirstRunPage() {
  const uid = useId();
  const [answers, setAnswers] = useState<Record<Answer, string>>({
    plan: 'freelancer-basic',
    cycleDay: '',
    balance: '',
    era: 'auto',
  });
  const [touched, setTouched] = useState<ReadonlySet<Answer>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState<'setup' | 'sample' | null>(null);
  useEffect(() => {
    const timer = setTimeout(preloadSample, 1000);
    return () => clearTimeout(timer);
  }, []);
  const errors = checkAnswers(answers);
  const errorOf = (a: Answer): string | null =>
    ((submitted || touched.has(a)) && errors[a]) || null;
  const change = (a: Answer, value: string): void => {
    setAnswers((s) => ({ ...s, [a]: value }));
    setTouched((t) => new Set(t).add(a));
  };

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setSubmitted(true);
    const first = (['cycleDay', 'balance'] as const).find((a) => errors[a]);
    if (first) {
      document.getElementById(`${uid}-${first}`)?.focus();
      return;
    }
    const era: EraSetting =
      answers.era === 'auto' ? { kind: 'auto' } : { kind: 'fixed', id: answers.era };
    const setup = planSetup({
      plan: answers.plan,
      cycleDay: parseWhole(answers.cycleDay) ?? 1,
      era,
      balanceToday: parseWhole(answers.balance) ?? 0,
      today: todayIso(),
    });
    setBusy('setup');
    const ok = await perform(createAccount(setup.account, setup.opening), { quiet: true });
    setBusy(null);
    if (ok) {
      showInfo(
        `Account set up: ${planName(setup.account.plan)}, balance ${connects(parseWhole(answers.balance) ?? 0)}.`,
      );
      void afterFirstWrite();
    }
  }

  async function loadSample(): Promise<void> {
    setBusy('sample');
    const done = await perform(importBatch(await sampleImport()), { quiet: true });
    setBusy(null);
    if (done) {
      showInfo(`Loaded the sample history: ${done.result.added} entries.`);
      void afterFirstWrite();
    }
  }

  return (
    <section className="first-run">
      <h1>Welcome to Connects Budget</h1>
      <p className="lead">
        Track the Connects you spend on proposals, see what each billing cycle gives and takes, and
        know when Connects expire. Everything stays in this browser.
      </p>
      <div className="first-run__grid">
        <form
          className="card"
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-labelledby={`${uid}-h`}
        >
          <h2 id={`${uid}-h`}>Set up your account</h2>
          <SelectField
            id={`${uid}-plan`}
            label="Plan"
            value={answers.plan}
            onChange={(v) => change('plan', v)}
            options={PLAN_IDS.map((p) => ({ value: p, label: planName(p) }))}
          />
          <NumberField
            id={`${uid}-cycleDay`}
            label="Billing cycle day"
            hint="The day of the month your Connects renew. Days 29–31 renew on the 1st."
            error={errorOf('cycleDay')}
            value={answers.cycleDay}
            onChange={(v) => change('cycleDay', v)}
          />
          <NumberField
            id={`${uid}-balance`}
            label="Today’s balance (Connects)"
            hint="As the platform shows it on your Connects page."
            error={errorOf('balance')}
            value={answers.balance}
            onChange={(v) => change('balance', v)}
          />
          <Field
            id={`${uid}-era`}
            label="Rules era"
            hint="Automatic uses the rules in force at each cycle start."
          >
            {(aria) => (
              <select {...aria} value={answers.era} onChange={(e) => change('era', e.target.value)}>
                <option value="auto">Automatic (recommended)</option>
                {ERA_CATALOGUE.map((era) => (
                  <option key={era.id} value={era.id}>
                    {era.name ?? era.id}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy !== null}>
              {busy === 'setup' ? 'Saving…' : 'Start my ledger'}
            </button>
          </div>
        </form>
        <div className="card">
          <h2>Or look around first</h2>
          <p>
            Load a sample: 90 days of one freelancer on Freelancer Plus, with proposals (and what
            became of each), boosts, purchases, refunds and bonuses. You can undo it later on the
            Import page.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void loadSample()}
            disabled={busy !== null}
          >
            {busy === 'sample' ? 'Loading…' : 'Load sample history'}
          </button>
        </div>
      </div>
    </section>
  );
}
