/**
 * The dashboard at `/`: balance, this cycle, what expires and when, and the
 * per-cycle charts, every figure from the rules engine over the stored ledger.
 */
import { memo, useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router';
import { useLedger, type LedgerRead } from '../../read';
import { useUiStore } from '../../store/uiStore';
import { ChartsSection } from './ChartsSection';
import { ExpiryCard } from './ExpiryCard';
import { buildLedgerModel, paceForecast, type LedgerModel } from './ledgerModel';
import { PaceForm } from './PaceForm';
import { PurchasePlanner } from './PurchasePlanner';
import { CalendarButton } from './CalendarButton';
import { BalanceCard, CycleCard, NextCycleCard } from './SummaryCards';
import { StaleImportNotice } from './StaleImportNotice';
import { todayIso } from '../../engine/words';
import '../shared/panels.css';
import './dashboard.css';

type Built = { model: LedgerModel; error: null } | { model: null; error: string };

/**
 * Built once per ledger read and day, outside React's state: a render that React throws away
 * (a newer update arriving mid-render) does not rebuild the model on its next attempt.
 */
const builtFor = new WeakMap<LedgerRead, { day: string; built: Built | null }>();

function build(data: LedgerRead, today: string): Built | null {
  const known = builtFor.get(data);
  if (known?.day === today) return known.built;
  const built = buildUncached(data, today);
  builtFor.set(data, { day: today, built });
  return built;
}

function buildUncached(data: LedgerRead, today: string): Built | null {
  const { account } = data;
  if (!account) return null;
  try {
    return { model: buildLedgerModel({ ...data, account }, today), error: null };
  } catch (e) {
    return { model: null, error: e instanceof Error ? e.message : String(e) };
  }
}

function Dashboard({ model }: { model: LedgerModel }) {
  // Typing in a pace field stays responsive on a long ledger: the forecast follows a beat later.
  const pace = useDeferredValue(useUiStore((s) => s.pace));
  const planned = useMemo(() => paceForecast(model, pace), [model, pace]);
  const current = model.history[model.history.length - 1];
  return (
    <>
      {model.entryCount === 0 && (
        <p className="dash-card dash-empty" data-testid="empty-ledger">
          Your ledger has no entries yet. The figures below are your starting balance and your
          plan&rsquo;s allotments; add proposals, purchases and bonuses in the{' '}
          <Link to="/ledger">ledger</Link> to see where your Connects go.
        </p>
      )}
      <StaleImportNotice today={model.today} />
      <div className="dash-grid dash-top">
        <BalanceCard model={model} />
        {current && <CycleCard cycle={current} />}
        <NextCycleCard model={model} />
      </div>
      <div className="dash-grid dash-middle">
        <ExpiryCard model={model} planned={planned}>
          <CalendarButton model={model} />
        </ExpiryCard>
        <PaceForm />
      </div>
      <PurchasePlanner model={model} />
      <ChartsSection model={model} planned={planned} />
    </>
  );
}

/**
 * The dashboard over a ledger read by the caller (the home route reads it once for both its
 * pages). Memoised: the home route re-renders when its live query settles on the same ledger.
 */
export const DashboardView = memo(function DashboardView({
  data,
  today,
}: {
  data: LedgerRead | undefined;
  today?: string;
}) {
  const day = today ?? todayIso();
  const built = useMemo(() => (data ? build(data, day) : undefined), [data, day]);
  return (
    <div className="dash" aria-busy={built === undefined}>
      <h1 className="dash-title">Dashboard</h1>
      {built === undefined && (
        <p className="dash-muted" role="status">
          Loading your ledger…
        </p>
      )}
      {built === null && <p className="dash-card">Set up your account to see your Connects.</p>}
      {built?.error && (
        <p className="dash-card dash-error" role="alert">
          The ledger could not be replayed: {built.error}
        </p>
      )}
      {built?.model && <Dashboard model={built.model} />}
    </div>
  );
});

export default function DashboardPage({ today }: { today?: string } = {}) {
  return <DashboardView data={useLedger()} today={today} />;
}
