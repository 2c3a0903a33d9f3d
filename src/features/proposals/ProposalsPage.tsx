/**
 * The Proposals page at `/proposals`: what the Connects bought (the answers first, in words and
 * numbers), the open proposals to move on, the funnel and the cost of an interview per billing
 * cycle, the groups, and the return per dollar; every figure from the engine's statistics
 * (shared/spec/outcomes.md §3) over the stored ledger and its outcomes.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { todayIso } from '../../engine/words';
import { useProposals, type ProposalsRead } from '../../read';
import { worthInitialFromQuery } from '../shared/worthLink';
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
import { WorthApplyingSection } from './WorthApplyingSection';
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

const Proposals = memo(function Proposals({
  model,
  read,
}: {
  model: ProposalsModel;
  read: ProposalsRead;
}) {
  const rest = useAfterCharts();
  const [params, setParams] = useSearchParams();
  const initial = useMemo(() => worthInitialFromQuery(params), [params]);
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
      {/* Drawn after the charts: without the page's proposals it collects them itself, which
          at 50,000 would hold the charts up. Opened from a check link, it comes at once. */}
      {(rest || initial !== null) && (
        <WorthApplyingSection
          read={read}
          today={model.today}
          initial={initial ?? undefined}
          autoFocus={initial !== null}
        />
      )}
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
      {built?.model && read && <Proposals model={built.model} read={read} />}
    </div>
  );
}

export default ProposalsPage;
