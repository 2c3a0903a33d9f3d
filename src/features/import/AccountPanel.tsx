/**
 * The account the import goes into: the one stored, or, for an empty ledger, the one the file
 * implies (plan and cycle day from its Monthly Connects rows, the starting balance found).
 */
import { useId, useState } from 'react';
import type { ParseResult } from '../../import/types';
import { connects, parseWhole, PLAN_IDS, planName } from '../../engine/words';
import type { ImportPlan } from './importPlan';

interface AccountPanelProps {
  parse: ParseResult;
  plan: ImportPlan;
  onStartingBalance: (n: number | null) => void;
  onAccountOptions: (changes: { plan?: string; cycleDay?: number }) => void;
}

const SOURCE_TEXT = {
  'platform-rows': 'read from the file’s Monthly Connects rows',
  options: 'as you chose',
  default: 'the file has no Monthly Connects rows: check these',
} as const;

export function AccountPanel({
  parse,
  plan,
  onStartingBalance,
  onAccountOptions,
}: AccountPanelProps) {
  const { account } = plan;
  if (!plan.isNewAccount) {
    const stored = account.startingBalance;
    return (
      <section className="import-account" aria-label="Your account">
        <p>
          Adds to your ledger: {planName(account.plan)}, cycle day {account.cycleDay}, since{' '}
          {account.start}.
        </p>
        {plan.writesAccount && (
          <p className="import-note">
            The starting balance will be set to {connects(stored)}.{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => onStartingBalance(null)}
            >
              Keep it as it is
            </button>
          </p>
        )}
      </section>
    );
  }
  return (
    <NewAccount
      parse={parse}
      plan={plan}
      onStartingBalance={onStartingBalance}
      onAccountOptions={onAccountOptions}
    />
  );
}

function NewAccount({ parse, plan, onStartingBalance, onAccountOptions }: AccountPanelProps) {
  const uid = useId();
  const { account } = plan;
  const [text, setText] = useState(String(account.startingBalance));
  const [shown, setShown] = useState(account.startingBalance);
  // A fix applied elsewhere (the reconciliation's button) updates the field.
  if (shown !== account.startingBalance) {
    setShown(account.startingBalance);
    setText(String(account.startingBalance));
  }
  const value = parseWhole(text);
  const error = value === null || value < 0 ? 'A whole number of Connects, 0 or more.' : null;
  const plans: string[] = PLAN_IDS.includes(account.plan as (typeof PLAN_IDS)[number])
    ? [...PLAN_IDS]
    : [account.plan, ...PLAN_IDS];
  return (
    <section className="import-account" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>Your account</h3>
      <p className="muted">
        Your ledger is empty, so this import also sets up your account (
        {SOURCE_TEXT[parse.account?.source ?? 'default']}
        ). It starts on {account.start}, the billing cycle of the first row.
      </p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${uid}-plan`}>Plan</label>
          <select
            id={`${uid}-plan`}
            value={account.plan}
            onChange={(e) => onAccountOptions({ plan: e.target.value })}
          >
            {plans.map((p) => (
              <option key={p} value={p}>
                {planName(p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-day`}>Billing-cycle day</label>
          <select
            id={`${uid}-day`}
            value={account.cycleDay}
            onChange={(e) => onAccountOptions({ cycleDay: Number(e.target.value) })}
          >
            {Array.from({ length: 31 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor={`${uid}-start`}>Starting balance</label>
          <input
            id={`${uid}-start`}
            type="text"
            inputMode="numeric"
            value={text}
            aria-invalid={Boolean(error)}
            aria-describedby={`${uid}-start-hint`}
            onChange={(e) => {
              setText(e.target.value);
              const n = parseWhole(e.target.value);
              if (n !== null && n >= 0) onStartingBalance(n);
            }}
          />
          <p className="field__hint" id={`${uid}-start-hint`}>
            Held on {account.start}, before the first row.
            {parse.startingBalance !== null &&
              ` ${parse.startingBalance} makes the rules end at your reported balance.`}
          </p>
          {error && <p className="field__error">{error}</p>}
        </div>
      </div>
    </section>
  );
}
