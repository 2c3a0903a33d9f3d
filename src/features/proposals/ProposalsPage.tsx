/**
 * The Proposals page at `/proposals`: what the Connects bought (the answers first, in words and
 * numbers), the open proposals to move on, the funnel and the cost of an interview per billing
 * cycle, the groups, and the return per dollar; every figure from the engine's statistics
 * (shared/spec/outcomes.md §3) over the stored ledger and its outcomes.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { todayIso } from '../../engine/words';
import { useProposals } from '../../read';
import { firstDrawn } from '../shared/firstDraw';
import { AnswersSection } from './AnswersSection';
import { CyclesSection } from './CyclesSection';
import { GroupTables } from './GroupTables';
import { OpenProposals } from './OpenProposals';
import { buildProposals, type ProposalsModel } from './proposalsModel';
import {
  cyclesIn,
  rangeParam,
  rangeWords,
  readRange,
  statsRange,
  type ProposalRange,
} from './proposalsRange';
import { RangeChoice } from './RangeChoice';
import { ReturnSection } from './ReturnSection';
import '../shared/panels.css';
import './proposals.css';

/** How long the tables below the charts wait for them at most (a page without cycles draws none). */
const REST_WAIT_MS = 1000;

/**
 * Whether to draw what lies below the charts: once they are drawn. Its hundreds of table cells,
 * laid out with the charts' first drawing, held the charts up by a layout of their own.
 */
function useAfterCharts(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void Promise.race([firstDrawn, new Promise((r) => setTimeout(r, REST_WAIT_MS))]).then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return ready;
}

const Proposals = memo(function Proposals({ model }: { model: ProposalsModel }) {
  const rest = useAfterCharts();
  const [params, setParams] = useSearchParams();
  const { cycles } = model;
  const param = params.get('range');
  const range = useMemo(() => readRange(param, cycles), [param, cycles]);
  const dates = useMemo(() => statsRange(range, model.today), [range, model.today]);
  // The groups are worked out once per read and range: one pass over the proposals.
  const stats = useMemo(() => model.statsFor(dates), [model, dates]);
  const shownCycles = useMemo(() => cyclesIn(stats.byCycle, dates), [stats, dates]);
  const choose = (next: ProposalRange): void => {
    const param = rangeParam(next);
    const search = new URLSearchParams(params);
    if (param === null) search.delete('range');
    else search.set('range', param);
    setParams(search);
  };
  return (
    <>
      {model.whole.overall.sent === 0 && (
        <p className="dash-card dash-empty" data-testid="no-proposals">
          Your ledger has no proposals yet. Add them in the <Link to="/ledger">ledger</Link> or{' '}
          <Link to="/import">import</Link> your Connects history: each proposal&rsquo;s outcome is
          then recorded here.
        </p>
      )}
      <RangeChoice range={range} cycles={cycles} onChange={choose} />
      <AnswersSection stats={stats} range={rangeWords(range)} />
      <OpenProposals model={model} />
      {/* ── Worth applying? ──────────────────────────────────────────────────────────────────
          <WorthApplyingSection read={useProposals()} today={model.today} … /> goes here (the
          read ProposalsPage has: the hook gives the same object; wired by the
          lead at merge; its files are src/features/proposals/Worth*.tsx). Draw it only once
          `rest` is true (after the charts): without a `proposals` prop it replays the ledger
          and collects every proposal when it mounts, which at 50,000 proposals would hold the
          charts up (proposals-render-50k). */}
      <CyclesSection cycles={shownCycles} />
      {rest ? (
        <>
          <GroupTables stats={stats} />
          <ReturnSection overall={stats.overall} cycles={shownCycles} />
        </>
      ) : (
        <p className="dash-muted">Loading the groups…</p>
      )}
    </>
  );
});

export function ProposalsPage({ today }: { today?: string } = {}) {
  const read = useProposals();
  const day = today ?? todayIso();
  const built = useMemo(() => (read ? buildProposals(read, day) : undefined), [read, day]);
  return (
    <div className="dash prop" aria-busy={built === undefined}>
      <title>Proposals · Connects Budget</title>
      <h1 className="dash-title">Proposals</h1>
      {built === undefined && (
        <p className="dash-muted" role="status">
          Loading your proposals…
        </p>
      )}
      {built === null && (
        <p className="dash-card">
          <Link to="/">Set up your account</Link> to see what your proposals bought.
        </p>
      )}
      {built?.error && (
        <p className="dash-card dash-error" role="alert">
          The ledger could not be replayed: {built.error}
        </p>
      )}
      {built?.model && <Proposals model={built.model} />}
    </div>
  );
}

export default ProposalsPage;
