/**
 * The charts' figures as real tables, for screen readers and keyboard users.
 * They live outside the lazy chart chunk, so they are there before recharts is.
 */
import type { ReactNode } from 'react';
import { TableToggle } from '../shared/ChartCard';
import type { BalanceRow, RiskRow, RowBase, SpendRow } from './chartRows';
import { formatCount, formatDate, formatUsd } from '../../engine/words';

interface Column<R> {
  label: string;
  value: (row: R) => string;
}

function cycleName(row: RowBase): ReactNode {
  const note = row.when === 'current' ? ' (so far)' : row.when === 'coming' ? ' (forecast)' : '';
  return `${formatDate(row.start)}${note}`;
}

interface TableProps<R> {
  caption: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  testId: string;
}

function DataTable<R extends RowBase>(props: TableProps<R>) {
  return (
    <TableToggle>
      <FiguresTable {...props} />
    </TableToggle>
  );
}

function FiguresTable<R extends RowBase>(props: TableProps<R>) {
  return (
    <table className="dash-table" data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Cycle starting</th>
          {props.columns.map((c) => (
            <th key={c.label} scope="col" className="dash-num">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.start}>
            <th scope="row">{cycleName(row)}</th>
            {props.columns.map((c) => (
              <td key={c.label} className="dash-num">
                {c.value(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const count = formatCount;

const BALANCE_COLUMNS: readonly Column<BalanceRow>[] = [
  { label: 'Carried over', value: (r) => count(r.carried) },
  { label: 'Allotment', value: (r) => count(r.allotment) },
  { label: 'Purchased', value: (r) => count(r.purchased) },
  { label: 'Bonus', value: (r) => count(r.bonus) },
  { label: 'Total', value: (r) => count(r.total) },
];

const SPEND_COLUMNS: readonly Column<SpendRow>[] = [
  { label: 'Proposals', value: (r) => count(r.proposals) },
  { label: 'Boosts', value: (r) => count(r.boosts) },
  { label: 'Cost', value: (r) => formatUsd(r.costUsd) },
];

const RISK_COLUMNS: readonly Column<RiskRow>[] = [
  { label: 'Expired', value: (r) => count(r.expired) },
  { label: 'Lapsed', value: (r) => count(r.lapsed) },
  { label: 'Forecast at your pace', value: (r) => count(r.forecast) },
];

export function BalanceTable({ rows }: { rows: readonly BalanceRow[] }) {
  return (
    <DataTable
      caption="Connects available per cycle, by where they came from"
      rows={rows}
      columns={BALANCE_COLUMNS}
      testId="balance-table"
    />
  );
}

export function SpendTable({ rows }: { rows: readonly SpendRow[] }) {
  return (
    <DataTable
      caption="Connects spent per cycle on proposals and boosts, and the cycle's cost in dollars"
      rows={rows}
      columns={SPEND_COLUMNS}
      testId="spend-table"
    />
  );
}

export function RiskTable({ rows }: { rows: readonly RiskRow[] }) {
  return (
    <DataTable
      caption="Connects lost per cycle: expired over the rollover cap, lapsed after a year, and the forecast at your planned pace"
      rows={rows}
      columns={RISK_COLUMNS}
      testId="risk-table"
    />
  );
}
