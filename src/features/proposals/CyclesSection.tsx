/**
 * Per billing cycle: the funnel (sent, viewed, interview, hired) and the Connects one interview
 * cost, each a chart with its table. The charts come from a lazy chunk; the cards, their
 * descriptions and the tables render at once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CycleFigures } from '../../engine';
import { connects, formatCount, formatDate } from '../../engine/words';
import { ChartCard, TableToggle, type LegendItem } from '../shared/ChartCard';
import { markFirstDrawn } from '../shared/firstDraw';
import { useChartWidth } from '../shared/useChartWidth';
import { cycleRows, FUNNEL_STEPS, PER_INTERVIEW_COLOR, type CycleRow } from './cycleRows';
import {
  FunnelChart,
  PerInterviewChart,
  preloadProposalCharts,
  proposalChartsLoaded,
} from './lazyProposalCharts';

const FUNNEL_LEGEND: readonly LegendItem[] = FUNNEL_STEPS.map((s) => ({
  label: s.label,
  color: s.color,
}));
const PER_INTERVIEW_LEGEND: readonly LegendItem[] = [
  { label: 'Connects per interview', color: PER_INTERVIEW_COLOR, line: true },
];
const CHARTS = 2;

function span(rows: readonly CycleRow[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return 'no cycles';
  return `${rows.length} ${rows.length === 1 ? 'cycle' : 'cycles'}, ${first.label} to ${last.label}`;
}

/** Made only once "Show as table" is opened (TableToggle renders its child then). */
function FunnelTable({ rows }: { rows: readonly CycleRow[] }) {
  return (
    <table className="dash-table" data-testid="funnel-table">
      <caption>Proposals of each billing cycle, by how far they went</caption>
      <thead>
        <tr>
          <th scope="col">Cycle starting</th>
          {FUNNEL_STEPS.map((s) => (
            <th key={s.key} scope="col" className="dash-num">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.start}>
            <th scope="row">{formatDate(r.start)}</th>
            {FUNNEL_STEPS.map((s) => (
              <td key={s.key} className="dash-num">
                {formatCount(r[s.key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PerInterviewTable({ rows }: { rows: readonly CycleRow[] }) {
  return (
    <table className="dash-table" data-testid="per-interview-table">
      <caption>Connects spent on each billing cycle&rsquo;s proposals, per interview</caption>
      <thead>
        <tr>
          <th scope="col">Cycle starting</th>
          <th scope="col" className="dash-num">
            Net Connects
          </th>
          <th scope="col" className="dash-num">
            Interviews
          </th>
          <th scope="col" className="dash-num">
            Connects per interview
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.start}>
            <th scope="row">{formatDate(r.start)}</th>
            <td className="dash-num">{formatCount(r.net)}</td>
            <td className="dash-num">{formatCount(r.interviews)}</td>
            <td className="dash-num">
              {r.perInterview === null ? 'no interview' : formatCount(r.perInterview)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CyclesSection({ cycles }: { cycles: readonly CycleFigures[] }) {
  const [loaded, setLoaded] = useState(proposalChartsLoaded);
  useEffect(() => {
    if (!loaded) void preloadProposalCharts().then(() => setLoaded(true));
  }, [loaded]);
  const sectionRef = useRef<HTMLElement>(null);
  const width = useChartWidth(sectionRef);
  const ready = loaded && width !== null;
  const drawnCount = useRef(0);
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => {
    drawnCount.current += 1;
    if (drawnCount.current < CHARTS) return;
    setDrawn(true);
    markFirstDrawn();
  }, []);
  // Stable rows: saying the charts are drawn re-renders this section.
  const rows = useMemo(() => cycleRows(cycles), [cycles]);
  const sent = rows.reduce((n, r) => n + r.sent, 0);
  const withInterview = rows.filter((r) => r.perInterview !== null);
  const lowest = withInterview.reduce<CycleRow | null>(
    (best, r) => (best === null || (r.perInterview ?? 0) < (best.perInterview ?? 0) ? r : best),
    null,
  );
  return (
    <section
      ref={sectionRef}
      className="dash-charts"
      aria-labelledby="prop-cycles-h"
      data-charts-ready={drawn ? 'true' : undefined}
    >
      <h2 id="prop-cycles-h">Per billing cycle</h2>
      <ChartCard
        id="chart-funnel"
        title="How far proposals went"
        description={`Bar chart of each cycle's proposals: sent, viewed, interview and hired, side by side; ${span(rows)}; ${formatCount(sent)} proposals sent in all. The table below has the figures.`}
        legend={FUNNEL_LEGEND}
        chart={ready ? <FunnelChart rows={rows} width={width} onDrawn={onDrawn} /> : null}
        table={
          <TableToggle>
            <FunnelTable rows={rows} />
          </TableToggle>
        }
      />
      <ChartCard
        id="chart-per-interview"
        title="Connects per interview"
        description={`Line chart of the net Connects each cycle's proposals cost per interview they led to, with a gap where a cycle had none; ${span(rows)}. The table below has the figures.`}
        legend={PER_INTERVIEW_LEGEND}
        note={
          lowest && lowest.perInterview !== null
            ? `Lowest: ${connects(Math.round(lowest.perInterview))} per interview, in the cycle from ${formatDate(lowest.start)}.`
            : 'No interview in these cycles yet.'
        }
        chart={ready ? <PerInterviewChart rows={rows} width={width} onDrawn={onDrawn} /> : null}
        table={
          <TableToggle>
            <PerInterviewTable rows={rows} />
          </TableToggle>
        }
      />
    </section>
  );
}
