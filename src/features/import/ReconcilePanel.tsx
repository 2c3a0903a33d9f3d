/**
 * The file against the rules: the platform's own rows (monthly grants, expiries) and the page's
 * balance against the replay, each difference with a one-click fix.
 */
import type { AdjustEvent } from '../../engine/types';
import type { RowCheck } from '../../import/reconcile';
import { connects, plural, signed } from '../../engine/words';
import { balanceFixes, openCorrections } from './fixes';
import type { ImportChoices, ImportPlan } from './importPlan';

interface ReconcilePanelProps {
  plan: ImportPlan;
  choices: ImportChoices;
  onRecord: (fix: AdjustEvent) => void;
  onUnrecord: (fix: AdjustEvent) => void;
  onStartingBalance: (n: number) => void;
  onStart: (start: string) => void;
}

const KIND_NAMES: Record<RowCheck['kind'], [string, string]> = {
  monthly: ['monthly grant', 'monthly grants'],
  expired: ['expiry', 'expiries'],
  rollover: ['rollover', 'rollovers'],
};

export function ReconcilePanel({
  plan,
  choices,
  onRecord,
  onUnrecord,
  onStartingBalance,
  onStart,
}: ReconcilePanelProps) {
  const { reconciliation: r } = plan;
  const open = openCorrections(plan, choices);
  const fixes = balanceFixes(plan);
  const matching = r.rows.filter((row) => row.difference === 0);
  const differing = r.rows.filter((row) => row.difference !== 0);
  const fixFor = (message: string): FixState => {
    const fix = open.find((c) => c.note === message);
    if (fix) return { state: 'open', fix };
    return r.corrections.some((c) => c.note === message)
      ? { state: 'recorded' }
      : { state: 'none' };
  };
  const recorded = choices.corrections;

  return (
    <section className="import-reconcile" aria-labelledby="import-reconcile-h">
      <h3 id="import-reconcile-h">Checked against the rules</h3>
      {plan.reconcileError && (
        <p className="row-warning">The rules cannot replay this ledger: {plan.reconcileError}</p>
      )}
      {plan.earlierStart && (
        <p className="row-between">
          <span className="row-warning">
            {plural(plan.earlierStart.rows, 'row is', 'rows are')} dated before your account’s start
            ({plan.account.start}): the rules refuse them.
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => onStart((plan.earlierStart as { start: string }).start)}
          >
            Move the account start to {plan.earlierStart.start}
          </button>
        </p>
      )}
      <BalanceCheck plan={plan} />
      {(fixes.startingBalance !== null || fixes.correction) && (
        <div className="button-row">
          {fixes.startingBalance !== null && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => onStartingBalance(fixes.startingBalance as number)}
            >
              Set the starting balance to {fixes.startingBalance}
            </button>
          )}
          {fixes.correction && (
            <button
              type="button"
              className="button"
              onClick={() => onRecord(fixes.correction as AdjustEvent)}
            >
              Record the difference as a correction ({signed(fixes.correction.connects)})
            </button>
          )}
        </div>
      )}
      {r.rows.length > 0 && (
        <p>
          {matching.length > 0 && `${summarise(matching)} match the rules ✓. `}
          The platform makes these rows by its rules, so they are checked, not stored.
        </p>
      )}
      {open.length > 1 && (
        <p>
          <button
            type="button"
            className="button button--small"
            onClick={() => open.forEach(onRecord)}
          >
            Record all {open.length} differences below as corrections
          </button>
        </p>
      )}
      {(differing.length > 0 || r.missing.length > 0) && (
        <ul className="plain-list">
          {differing.map((row) => (
            <Difference
              key={`r${row.line}`}
              line={row.line}
              message={row.message ?? ''}
              fix={fixFor(row.message ?? '')}
              onRecord={onRecord}
            />
          ))}
          {r.missing.map((m) => (
            <Difference
              key={`m${m.date}`}
              line={null}
              message={m.message}
              fix={fixFor(m.message)}
              onRecord={onRecord}
            />
          ))}
        </ul>
      )}
      {recorded.length > 0 && (
        <ul className="plain-list" aria-label="Corrections to record">
          {recorded.map((fix) => (
            <li key={`${fix.date}${fix.note}`} className="row-between">
              <span>
                ✓ A correction of {signed(fix.connects)} on {fix.date} will be recorded.
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => onUnrecord(fix)}
              >
                Don’t record it
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function summarise(rows: readonly RowCheck[]): string {
  const counts = new Map<RowCheck['kind'], number>();
  for (const row of rows) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => plural(n, ...KIND_NAMES[kind]));
  const text = parts.join(' and ');
  return `The file’s ${text}`;
}

function BalanceCheck({ plan }: { plan: ImportPlan }) {
  const { reported, replayed, difference, asOf } = plan.reconciliation.balance;
  if (reported === null) {
    return (
      <p>
        The file shows no balance to check against. After this import the rules give{' '}
        <strong>{connects(replayed)}</strong>
        {asOf ? ` on ${asOf}` : ''}.
      </p>
    );
  }
  if (difference === 0) {
    return (
      <p className="import-ok">
        ✓ The page’s balance, <strong>{connects(reported)}</strong>, is what the rules give after
        this import.
      </p>
    );
  }
  const gap = Math.abs(difference ?? 0);
  return (
    <p className="row-warning" role="status">
      The page says your balance is {connects(reported)}; after this import the rules give{' '}
      {connects(replayed)}, {gap} {(difference ?? 0) < 0 ? 'more' : 'fewer'}.
    </p>
  );
}

type FixState = { state: 'open'; fix: AdjustEvent } | { state: 'recorded' } | { state: 'none' };

interface DifferenceProps {
  line: number | null;
  message: string;
  fix: FixState;
  onRecord: (fix: AdjustEvent) => void;
}

function Difference({ line, message, fix, onRecord }: DifferenceProps) {
  return (
    <li className="row-between">
      <span>
        {line !== null && <span className="import-line">Line {line}: </span>}
        {message.charAt(0).toUpperCase() + message.slice(1)}.
      </span>
      {fix.state === 'open' && (
        <button type="button" className="button button--small" onClick={() => onRecord(fix.fix)}>
          Record as a correction ({signed(fix.fix.connects)})
        </button>
      )}
      {fix.state === 'recorded' && <span className="muted">Correction recorded below</span>}
    </li>
  );
}
