/** The figures at the top: balance, this cycle's statement so far, and the next cycle. */
import { formatDay, parseIsoDate } from '../../engine/dates';
import type { Statement } from '../../engine/types';
import { connects, formatCount, formatDate, formatUsd, planName } from '../../engine/words';
import type { LedgerModel } from './ledgerModel';

/** The platform's own view: Connects lost within 30 days if nothing is spent. */
function lostWithin30Days(model: LedgerModel): number {
  const limit = formatDay((parseIsoDate(model.today) ?? 0) + 30);
  return model.idle.risk.filter((r) => r.date <= limit).reduce((sum, r) => sum + r.connects, 0);
}

function nextLapse(model: LedgerModel): { date: string; left: number } | null {
  let found: { date: string; left: number } | null = null;
  for (const lot of model.lots) {
    if (lot.lapses === null) continue;
    if (!found || lot.lapses < found.date) found = { date: lot.lapses, left: lot.left };
    else if (lot.lapses === found.date) found.left += lot.left;
  }
  return found;
}

export function BalanceCard({ model }: { model: LedgerModel }) {
  const soon = lostWithin30Days(model);
  const lapse = nextLapse(model);
  return (
    <section className="dash-card dash-balance" aria-labelledby="dash-balance-h">
      <h2 id="dash-balance-h">Balance</h2>
      <p className="dash-big" data-testid="balance">
        {formatCount(model.balance)}
      </p>
      <p className="dash-muted">Connects held today, {formatDate(model.today)}</p>
      <dl className="dash-statement">
        <Row
          label="Lost in the next 30 days if unspent"
          value={formatCount(soon)}
          testId="balance-30-days"
        />
        <Row
          label="Next lot to lapse"
          value={lapse ? `${formatCount(lapse.left)} on ${formatDate(lapse.date)}` : 'none'}
          testId="balance-next-lapse"
        />
      </dl>
    </section>
  );
}

function Row({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="dash-row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** A signed count for the statement: "+70", "−12". */
function signed(n: number, sign: '+' | '−'): string {
  return n === 0 ? '0' : `${sign}${formatCount(n)}`;
}

/** A statement's `end` is the next cycle's start: its last day is the day before. */
function lastDayOf(cycle: Statement): string {
  const end = parseIsoDate(cycle.end);
  return end === null ? cycle.end : formatDay(end - 1);
}

export function CycleCard({ cycle }: { cycle: Statement }) {
  return (
    <section className="dash-card" aria-labelledby="dash-cycle-h">
      <h2 id="dash-cycle-h">This cycle</h2>
      <p className="dash-muted">
        {formatDate(cycle.start)} – {formatDate(lastDayOf(cycle))}, {planName(cycle.plan)}
      </p>
      <dl className="dash-statement">
        <Row label="Opening" value={formatCount(cycle.opening)} testId="cycle-opening" />
        <Row label="Purchased" value={signed(cycle.purchased, '+')} testId="cycle-purchased" />
        <Row label="Bonus" value={signed(cycle.bonus, '+')} testId="cycle-bonus" />
        <Row label="Refunded" value={signed(cycle.refunded, '+')} testId="cycle-refunded" />
        {cycle.adjusted !== 0 && (
          <Row
            label="Adjusted"
            value={signed(Math.abs(cycle.adjusted), cycle.adjusted > 0 ? '+' : '−')}
            testId="cycle-adjusted"
          />
        )}
        <Row label="Spent" value={signed(cycle.spent, '−')} testId="cycle-spent" />
        <Row label="Lapsed so far" value={signed(cycle.lapsed, '−')} testId="cycle-lapsed" />
        <Row label="Cost" value={formatUsd(cycle.costUsd)} testId="cycle-cost" />
      </dl>
      {cycle.expired > 0 && (
        <p className="dash-muted">
          {connects(cycle.expired)} expired at the start of this cycle (over the rollover cap).
        </p>
      )}
    </section>
  );
}

export function NextCycleCard({ model }: { model: LedgerModel }) {
  const { next } = model;
  return (
    <section className="dash-card" aria-labelledby="dash-next-h">
      <h2 id="dash-next-h">Next cycle</h2>
      <p className="dash-big dash-big-date" data-testid="next-start">
        {formatDate(next.start)}
      </p>
      <p>
        <strong data-testid="next-allotment">+{connects(next.allotment)}</strong> arrive with{' '}
        {planName(next.plan)}.
      </p>
      {next.planChange && (
        <p className="dash-note" data-testid="next-plan-change">
          Plan change pending: {planName(next.planChange.from)} → {planName(next.planChange.to)}.
        </p>
      )}
      <p className="dash-muted">
        If you spend nothing more, {connects(next.carriedIn)} carry over
        {next.expired > 0 ? ` and ${connects(next.expired)} expire over the rollover cap` : ''}.
      </p>
    </section>
  );
}
