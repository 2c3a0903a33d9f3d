/**
 * What will be lost, and by when to spend it: the engine's expiry risk with
 * nothing spent and at the planned pace, and the lots held with their lapse dates.
 */
import { useState, type ReactNode } from 'react';
import type { ExpiryRisk, ForecastResult } from '../../engine/forecast';
import type { Lot } from '../../engine/types';
import { formatCount, formatDate } from '../../engine/words';
import type { LedgerModel } from './ledgerModel';

/** Risks shown before "more"; the rest stay one click away. */
const FIRST_RISKS = 3;
const FIRST_LOT_DATES = 6;

export function riskSentence(risk: ExpiryRisk): string {
  const one = risk.connects === 1;
  return (
    `${formatCount(risk.connects)} ${one ? 'Connect expires' : 'Connects expire'} on ` +
    `${formatDate(risk.date)} — spend ${one ? 'it' : 'them'} by ${formatDate(risk.spendBy)} ` +
    `to keep ${one ? 'it' : 'them'}.`
  );
}

function RiskItem({ risk }: { risk: ExpiryRisk }) {
  return (
    <li>
      <span data-testid="risk-sentence">{riskSentence(risk)}</span>{' '}
      <span className="dash-tag">
        {risk.kind === 'expire' ? 'over the rollover cap' : 'a year after arriving'}
      </span>
    </li>
  );
}

/**
 * A <details> whose content is only built once opened: a long ledger holds hundreds of
 * lapse dates and expiry risks (each sentence two formatted dates).
 */
function LazyDetails({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="dash-more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

function RiskList({ risks, testId }: { risks: readonly ExpiryRisk[]; testId: string }) {
  if (risks.length === 0) {
    return (
      <p className="dash-good" data-testid={testId}>
        Nothing expires in the next 12 cycles.
      </p>
    );
  }
  const rest = risks.slice(FIRST_RISKS);
  return (
    <div data-testid={testId}>
      <ul className="dash-risks">
        {risks.slice(0, FIRST_RISKS).map((r) => (
          <RiskItem key={`${r.date}-${r.kind}`} risk={r} />
        ))}
      </ul>
      {rest.length > 0 && (
        <LazyDetails summary={`${rest.length} more later`}>
          {() => (
            <ul className="dash-risks">
              {rest.map((r) => (
                <RiskItem key={`${r.date}-${r.kind}`} risk={r} />
              ))}
            </ul>
          )}
        </LazyDetails>
      )}
    </div>
  );
}

interface LotGroup {
  lapses: string | null;
  received: string;
  left: number;
}

/** Lots merged by lapse date: at most one row per day of the coming year, however long the ledger. */
export function groupLots(lots: readonly Lot[]): LotGroup[] {
  const groups = new Map<string, LotGroup>();
  for (const lot of lots) {
    const key = lot.lapses ?? 'never';
    const known = groups.get(key);
    if (known) known.left += lot.left;
    else groups.set(key, { lapses: lot.lapses, received: lot.received, left: lot.left });
  }
  return [...groups.values()].sort((a, b) =>
    a.lapses === b.lapses
      ? 0
      : a.lapses === null
        ? 1
        : b.lapses === null
          ? -1
          : a.lapses < b.lapses
            ? -1
            : 1,
  );
}

function LotRows({ groups }: { groups: readonly LotGroup[] }) {
  return groups.map((g) => (
    <tr key={g.lapses ?? 'never'}>
      <th scope="row">{g.lapses === null ? 'Never' : formatDate(g.lapses)}</th>
      <td className="dash-num">{formatCount(g.left)}</td>
      <td>{formatDate(g.received)}</td>
    </tr>
  ));
}

function LotsTable({ lots }: { lots: readonly Lot[] }) {
  const groups = groupLots(lots);
  if (groups.length === 0) return <p className="dash-muted">No Connects held.</p>;
  const rest = groups.slice(FIRST_LOT_DATES);
  const head = (
    <thead>
      <tr>
        <th scope="col">Lapses on</th>
        <th scope="col" className="dash-num">
          Connects
        </th>
        <th scope="col">Received</th>
      </tr>
    </thead>
  );
  return (
    <>
      <table className="dash-table" data-testid="lots-table">
        <caption className="dash-sr-only">Connects held today, by the date they lapse</caption>
        {head}
        <tbody>
          <LotRows groups={groups.slice(0, FIRST_LOT_DATES)} />
        </tbody>
      </table>
      {rest.length > 0 && (
        <LazyDetails summary={`${rest.length} later lapse dates`}>
          {() => (
            <table className="dash-table">
              <caption className="dash-sr-only">Later lapse dates</caption>
              {head}
              <tbody>
                <LotRows groups={rest} />
              </tbody>
            </table>
          )}
        </LazyDetails>
      )}
    </>
  );
}

export function ExpiryCard({
  model,
  planned,
  children,
}: {
  model: LedgerModel;
  planned: ForecastResult;
  /** Shown under the risks: what to do about them. */
  children?: ReactNode;
}) {
  return (
    <section className="dash-card dash-expiry" aria-labelledby="dash-expiry-h">
      <h2 id="dash-expiry-h">Expiry</h2>
      <div className="dash-cols">
        <div>
          <h3>If you do nothing</h3>
          <RiskList risks={model.idle.risk} testId="risk-idle" />
        </div>
        <div>
          <h3>At your planned pace</h3>
          <RiskList risks={planned.risk} testId="risk-planned" />
          {planned.unaffordable > 0 && (
            <p className="dash-note" data-testid="unaffordable">
              {formatCount(planned.unaffordable)} planned{' '}
              {planned.unaffordable === 1 ? 'proposal' : 'proposals'} could not be paid for.
            </p>
          )}
        </div>
      </div>
      {children}
      <h3>Held today, by lapse date</h3>
      <LotsTable lots={model.lots} />
    </section>
  );
}
