/**
 * The three per-cycle charts with their table alternatives. The charts come
 * from a lazy chunk (recharts stays out of the first screen's JS); the cards and
 * descriptions render at once, a table once its "Show as table" is opened.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ForecastResult } from '../../engine/forecast';
import { useUiStore } from '../../store/uiStore';
import { ChartCard } from '../shared/ChartCard';
import { markFirstDrawn } from '../shared/firstDraw';
import { BALANCE_LEGEND, RISK_LEGEND, SPEND_LEGEND } from './chartColors';
import { balanceRows, riskRows, spendRows, type RowBase } from './chartRows';
import { BalanceTable, RiskTable, SpendTable } from './ChartTables';
import type { LedgerModel } from './ledgerModel';
import { RangePicker } from './RangePicker';
import { useChartWidth } from '../shared/useChartWidth';

import { BalanceChart, chartsLoaded, preloadCharts, RiskChart, SpendChart } from './lazyCharts';

// Fetch recharts while the ledger is still being read.
void preloadCharts();

function span(rows: readonly RowBase[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return 'no cycles';
  const n = rows.length;
  return `${n} ${n === 1 ? 'cycle' : 'cycles'}, ${first.label} to ${last.label}`;
}

export function ChartsSection({ model, planned }: { model: LedgerModel; planned: ForecastResult }) {
  const range = useUiStore((s) => s.range);
  const [loaded, setLoaded] = useState(chartsLoaded);
  useEffect(() => {
    if (!loaded) void preloadCharts().then(() => setLoaded(true));
  }, [loaded]);
  const sectionRef = useRef<HTMLElement>(null);
  const width = useChartWidth(sectionRef);
  const ready = loaded && width !== null;
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => {
    setDrawn(true);
    markFirstDrawn();
  }, []);
  // Stable rows: saying the charts are drawn re-renders this section, and new rows would make
  // recharts work out all three charts again.
  const balance = useMemo(() => balanceRows(model, range), [model, range]);
  const spend = useMemo(() => spendRows(model, range), [model, range]);
  const risk = useMemo(() => riskRows(model, planned, range), [model, planned, range]);
  const noLoss = risk.every((r) => r.expired + r.lapsed + r.forecast === 0);
  const spentTotal = spend.reduce((sum, r) => sum + r.proposals + r.boosts, 0);
  return (
    <section
      ref={sectionRef}
      className="dash-charts"
      aria-labelledby="dash-charts-h"
      data-charts-ready={drawn ? 'true' : undefined}
    >
      <div className="dash-charts-head">
        <h2 id="dash-charts-h">Per billing cycle</h2>
        <RangePicker />
      </div>
      <ChartCard
        id="chart-balance"
        title="Connects available"
        description={`Stacked bar chart of the Connects available in each cycle, by carried over, allotment, purchased and bonus; ${span(balance)}. The table below has the figures.`}
        legend={BALANCE_LEGEND}
        chart={ready ? <BalanceChart rows={balance} width={width} onDrawn={onDrawn} /> : null}
        table={<BalanceTable rows={balance} />}
      />
      <ChartCard
        id="chart-spend"
        title="Spent on proposals and boosts"
        description={`Stacked bar chart of the Connects spent in each cycle on proposals and on boosts, with a line for the cycle's cost in dollars; ${span(spend)}; ${spentTotal} Connects spent in all. The table below has the figures.`}
        legend={SPEND_LEGEND}
        chart={ready ? <SpendChart rows={spend} width={width} onDrawn={onDrawn} /> : null}
        table={<SpendTable rows={spend} />}
      />
      <ChartCard
        id="chart-risk"
        title="Expiry risk"
        description={`Stacked bar chart of the Connects lost in each cycle: expired over the rollover cap and lapsed after a year so far, then the forecast at your planned pace; ${span(risk)}. The table below has the figures.`}
        legend={RISK_LEGEND}
        note={
          noLoss
            ? 'No Connects lost in these cycles, and none forecast at your planned pace.'
            : undefined
        }
        chart={ready ? <RiskChart rows={risk} width={width} onDrawn={onDrawn} /> : null}
        table={<RiskTable rows={risk} />}
      />
    </section>
  );
}
