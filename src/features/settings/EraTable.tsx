/**
 * One era of the catalogue as a table: plans across, values down. Values no source fixes are
 * marked "assumed"; each plan's source is listed, and a value with a source of its own gets a note.
 */
import { useId } from 'react';
import { isAssumed, sourceOf, type Era } from '../../engine/eras';
import { planName } from '../../engine/words';
import { eraFacts, PLAN_ROWS } from './eraValues';

function Assumed() {
  return (
    <span className="assumed" title="No source fixes this value: it is assumed">
      assumed
    </span>
  );
}

export function EraTable({ era }: { era: Era }) {
  const uid = useId();
  const plans = Object.keys(era.plans);
  const notes: { path: string; text: string }[] = [];
  const noteFor = (path: string, plan: string): number | null => {
    const own = sourceOf(era, path);
    if (own === sourceOf(era, `plans.${plan}`)) return null;
    notes.push({ path, text: own });
    return notes.length;
  };
  const rows = PLAN_ROWS.map((row) => ({
    row,
    cells: plans.map((plan) => {
      const path = `plans.${plan}.${row.key}`;
      const rules = era.plans[plan];
      return {
        plan,
        path,
        text: rules ? row.format(rules) : '—',
        assumed: isAssumed(era, path),
        note: noteFor(path, plan),
      };
    }),
  }));

  return (
    <section className="era" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>
        {era.name ?? era.id} <code className="era__id">{era.id}</code>
      </h3>
      <dl className="era__facts">
        {eraFacts(era).map((fact) => (
          <div key={fact.path}>
            <dt>{fact.label}</dt>
            <dd>
              {fact.value} {isAssumed(era, fact.path) && <Assumed />}
            </dd>
          </div>
        ))}
        <div>
          <dt>Source</dt>
          <dd>{era.source ?? 'custom'}</dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="era__table">
          <caption className="visually-hidden">{`${era.name ?? era.id}: values per plan`}</caption>
          <thead>
            <tr>
              <th scope="col">Value</th>
              {plans.map((p) => (
                <th key={p} scope="col">
                  {planName(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row, cells }) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {cells.map((c) => (
                  <td
                    key={c.plan}
                    className={c.assumed ? 'is-assumed' : undefined}
                    data-path={c.path}
                  >
                    {c.text} {c.assumed && <Assumed />}
                    {c.note !== null && (
                      <sup>
                        <a href={`#${uid}-note-${c.note}`} aria-label={`source note ${c.note}`}>
                          {c.note}
                        </a>
                      </sup>
                    )}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Source</th>
              {plans.map((p) => (
                <td key={p} className="era__source">
                  {sourceOf(era, `plans.${p}`)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {notes.length > 0 && (
        <ol className="era__notes">
          {notes.map((n, i) => (
            <li key={n.path} id={`${uid}-note-${i + 1}`}>
              {n.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
