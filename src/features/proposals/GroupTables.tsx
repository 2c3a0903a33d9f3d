/**
 * The groups of §3.1 as tables: for each group its proposals, its interview and hire rates
 * with their 95% intervals ("too few to tell" beside a rate of under 10 considered proposals),
 * what an interview and a hire cost, and the return where earnings are recorded.
 */
import {
  intervalOf,
  rateOf,
  UNTAGGED,
  type ProposalFigures,
  type ProposalStats,
  type RateKind,
} from '../../engine';
import { formatCount, formatUsd } from '../../engine/words';
import { ScrollBox } from './ScrollBox';

type Row = readonly [label: string, figures: ProposalFigures];

const CONNECTS_LABELS: Record<string, string> = {
  '0': '0 Connects',
  '1-4': '1–4 Connects',
  '5-8': '5–8 Connects',
  '9-12': '9–12 Connects',
  '13-16': '13–16 Connects',
  '17+': '17 or more',
};
const PAYMENT_LABELS: Record<string, string> = {
  yes: 'Payment verified',
  no: 'Payment not verified',
  unknown: 'Not noted',
};
const HIRE_RATE_LABELS: Record<string, string> = {
  'under-50': 'Under 50%',
  '50-plus': '50% or more',
  unknown: 'Not noted',
};

function rowsOf(
  groups: Partial<Record<string, ProposalFigures>>,
  labels: Record<string, string> | ((key: string) => string),
): Row[] {
  const out: Row[] = [];
  for (const [key, figures] of Object.entries(groups)) {
    if (!figures) continue;
    out.push([typeof labels === 'function' ? labels(key) : (labels[key] ?? key), figures]);
  }
  return out;
}

function RateCells({ f, kind }: { f: ProposalFigures; kind: RateKind }) {
  return (
    <>
      <td className="dash-num">{rateOf(f, kind)}</td>
      <td className="dash-num">
        {f.considered === 0 ? '—' : f.tooFewToTell ? 'too few to tell' : intervalOf(f, kind)}
      </td>
    </>
  );
}

function GroupTable({ id, title, rows }: { id: string; title: string; rows: readonly Row[] }) {
  return (
    <ScrollBox label={title}>
      <table className="dash-table" data-testid={`group-${id}`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" className="dash-num">
              Sent
            </th>
            <th scope="col" className="dash-num">
              Considered
            </th>
            <th scope="col" className="dash-num">
              Interview rate
            </th>
            <th scope="col" className="dash-num">
              95% interval
            </th>
            <th scope="col" className="dash-num">
              Hire rate
            </th>
            <th scope="col" className="dash-num">
              95% interval
            </th>
            <th scope="col" className="dash-num">
              Connects per interview
            </th>
            <th scope="col" className="dash-num">
              Cost per hire
            </th>
            <th scope="col" className="dash-num">
              Return per $1
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, f]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="dash-num">{formatCount(f.sent)}</td>
              <td className="dash-num">{formatCount(f.considered)}</td>
              <RateCells f={f} kind="interview" />
              <RateCells f={f} kind="hire" />
              <td className="dash-num">
                {f.connectsPerInterview === null ? '—' : formatCount(f.connectsPerInterview)}
              </td>
              <td className="dash-num">{f.usdPerHire === null ? '—' : formatUsd(f.usdPerHire)}</td>
              <td className="dash-num">
                {f.earnedUsd > 0 && f.returnPerUsd !== null ? formatUsd(f.returnPerUsd) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

export function GroupTables({ stats }: { stats: ProposalStats }) {
  const boost: Row[] = [
    ['Boosted', stats.boosted],
    ['Not boosted', stats.notBoosted],
  ];
  const tables = [
    { id: 'boost', title: 'Boosted or not', rows: boost.filter(([, f]) => f.sent > 0) },
    { id: 'connects', title: 'By Connects asked', rows: rowsOf(stats.byConnects, CONNECTS_LABELS) },
    {
      id: 'tag',
      title: 'By tag (a proposal with two tags counts in both)',
      rows: rowsOf(stats.byTag, (t) => (t === UNTAGGED ? 'No tag' : t)),
    },
    {
      id: 'payment',
      title: "By the client's payment verification",
      rows: rowsOf(stats.byPaymentVerified, PAYMENT_LABELS),
    },
    {
      id: 'hire-rate',
      title: "By the client's hire rate",
      rows: rowsOf(stats.byHireRate, HIRE_RATE_LABELS),
    },
  ];
  return (
    <section className="dash-card" aria-labelledby="prop-groups-h">
      <h2 id="prop-groups-h">Which proposals did best</h2>
      <p className="dash-muted">
        Rates are over the proposals considered (sent, less those cancelled when the job closed with
        no hire). Where two groups&rsquo; 95% intervals overlap, the difference may be chance. Cost
        per hire is in dollars of Connects.
      </p>
      {stats.overall.sent === 0 ? (
        <p>No proposals in this range.</p>
      ) : (
        tables.map((t) => <GroupTable key={t.id} {...t} />)
      )}
    </section>
  );
}
