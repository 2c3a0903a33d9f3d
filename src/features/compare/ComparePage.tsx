/**
 * `/compare`: "Is Plus worth it for the way I work?" answered with the
 * user's own numbers: the history under each plan, the plans at a pace, and
 * the break-even curve. The inputs live in the URL (useCompareInputs).
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLedgerData, type LedgerData } from '../../read';
import { ledgerInput } from '../../read';
import { findEra } from '../../engine/eras';
import { todayIso } from '../../engine/words';
import { useChunkLoaded } from '../shared/lazyChunk';
import { BreakEvenSection } from './BreakEvenSection';
import { paceOf } from './compareInputs';
import { curveOf, eraOptions, historyView, paceView, type HistoryView } from './compareModel';
import { EraPicker } from './EraPicker';
import { historyPace } from './historyPace';
import { HistorySection } from './HistorySection';
import { compareCharts } from './lazyCompareCharts';
import { PaceSection } from './PaceSection';
import { useCompareInputs } from './useCompareInputs';
import '../shared/panels.css';
import './compare.css';

// Fetch recharts while the ledger is still being read.
void compareCharts.preload();

type Built = { view: HistoryView; error: null } | { view: null; error: string };

function attempt(run: () => HistoryView): Built {
  try {
    return { view: run(), error: null };
  } catch (e) {
    return { view: null, error: e instanceof Error ? e.message : String(e) };
  }
}

function NoHistory({ data }: { data: LedgerData }) {
  return (
    <p className="dash-card dash-empty" data-testid="no-history">
      {data.account ? (
        <>
          Your ledger has no entries yet, so there is no history to compare. Add proposals in the{' '}
          <Link to="/ledger">ledger</Link> or <Link to="/import">import your history</Link>; the
          pace calculator below works meanwhile.
        </>
      ) : (
        <>
          There is no account yet, so there is no history to compare. <Link to="/">Set one up</Link>
          , or try the pace calculator below.
        </>
      )}
    </p>
  );
}

function Compare({ data, today }: { data: LedgerData; today: string }) {
  const options = useMemo(() => eraOptions(data.customEras), [data.customEras]);
  const eraIds = useMemo(() => options.map((o) => o.id), [options]);
  const input = useMemo(
    () => (data.account ? ledgerInput(data.account, data.entries, data.customEras).input : null),
    [data],
  );
  const own = useMemo(() => historyPace(input, today), [input, today]);
  const api = useCompareInputs(own.inputs, eraIds);
  // Typing stays smooth: the figures follow a beat later when the engine needs the time.
  const inputs = useDeferredValue(api.inputs);
  const stale = inputs !== api.inputs;
  const choice = options.find((o) => o.id === inputs.era)?.choice ?? 'auto';
  const eraName = useCallback(
    (id: string) =>
      options.find((o) => o.id === id && id !== 'auto')?.label ?? findEra(id)?.name ?? id,
    [options],
  );

  const history = useMemo(
    () =>
      input && data.entries.length > 0 ? attempt(() => historyView(input, today, choice)) : null,
    [input, data.entries.length, today, choice],
  );
  const { p, c, b, r, bonus, h } = inputs;
  const pace = useMemo(() => paceView(choice, paceOf(inputs), inputs.h), [choice, inputs]);
  // The curve does not depend on the proposals per cycle: typing them leaves it be.
  const curve = useMemo(
    () =>
      curveOf(
        choice,
        { connectsPerProposal: c, boostPerProposal: b, refundShare: r / 100, bonusPerCycle: bonus },
        h,
      ),
    [choice, c, b, r, bonus, h],
  );

  const chartsReady = useChunkLoaded(compareCharts);
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const historyEra =
    inputs.era === 'auto'
      ? 'the rules in force at each cycle'
      : `${eraName(inputs.era)} throughout`;
  const source =
    own.proposals > 0
      ? `Filled in from your history: ${own.proposals} proposals over ${own.cycles.toFixed(1)} cycles.`
      : 'Example figures: your ledger has no proposals to take an average from.';

  return (
    <div className="dash cmp" data-charts-ready={drawn ? 'true' : undefined}>
      <title>Compare · Connects Budget</title>
      <div className="cmp-head">
        <h1 className="dash-title">Compare</h1>
        <p className="lead">
          Is Freelancer Plus worth it for the way you work? Your own numbers under each plan.
        </p>
      </div>
      <EraPicker options={options} value={api.inputs.era} onChange={api.setEra} />
      {history === null && <NoHistory data={data} />}
      {history?.error && (
        <p className="dash-card dash-error" role="alert">
          Your history could not be replayed: {history.error}
        </p>
      )}
      {history?.view && (
        <HistorySection
          view={history.view}
          eraLabel={historyEra}
          chartsReady={chartsReady}
          onDrawn={onDrawn}
        />
      )}
      <PaceSection
        api={api}
        view={pace}
        source={source}
        canReset={own.proposals > 0}
        eraName={eraName}
        stale={stale}
      />
      <BreakEvenSection
        curve={curve}
        proposals={p}
        eraName={eraName(curve.era)}
        stale={stale}
        chartsReady={chartsReady}
        onDrawn={onDrawn}
      />
    </div>
  );
}

export function ComparePage({ today }: { today?: string } = {}) {
  const data = useLedgerData();
  const day = today ?? todayIso();
  if (data === undefined) {
    return (
      <div className="dash cmp" aria-busy="true">
        <h1 className="dash-title">Compare</h1>
        <p className="dash-muted" role="status">
          Loading your ledger…
        </p>
      </div>
    );
  }
  return <Compare data={data} today={day} />;
}
