/**
 * "Plan a purchase": to send N proposals of C Connects by a date, what to
 * buy today (the engine's planPurchase: allotments on the way, rollover caps,
 * lapses, bundles and the maximum balance all count), and what is lost at
 * the next cycle start if the proposals do not go out.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { planPurchase, type PurchasePlan } from '../../engine/compare';
import { formatDay, parseIsoDate } from '../../engine/dates';
import { useUiStore } from '../../store/uiStore';
import type { LedgerModel } from './ledgerModel';
import { PurchasePlannerResult, type PlannerAsk } from './PurchasePlannerResult';
import './PurchasePlanner.css';

interface Draft {
  proposals: string;
  connects: string;
  boost: string;
  by: string;
}

const whole = (text: string, min: number, max: number): number | null => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** The ask when every field holds a value the planner takes; otherwise what is wrong, per field. */
function readDraft(draft: Draft, today: string) {
  const proposals = whole(draft.proposals, 1, 1000);
  const connectsPer = whole(draft.connects, 0, 1000);
  const boost = whole(draft.boost, 0, 1000);
  const by = parseIsoDate(draft.by);
  const byOk = by !== null && draft.by >= today;
  const errors = {
    proposals: proposals === null ? 'A whole number from 1 to 1,000' : null,
    connects: connectsPer === null ? 'A whole number from 0 to 1,000' : null,
    boost: boost === null ? 'A whole number from 0 to 1,000' : null,
    by: byOk ? null : 'Today or a later date',
  };
  const ask: PlannerAsk | null =
    proposals !== null && connectsPer !== null && boost !== null && byOk
      ? { proposals, connectsPerProposal: connectsPer, boostPerProposal: boost, by: draft.by }
      : null;
  return { ask, errors };
}

function Field(props: {
  label: string;
  type: 'number' | 'date';
  value: string;
  min?: string;
  error: string | null;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className={props.error ? 'dash-planner-field field--invalid' : 'dash-planner-field'}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type}
        inputMode={props.type === 'number' ? 'numeric' : undefined}
        min={props.min}
        step={props.type === 'number' ? 1 : undefined}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error && (
        <p id={`${id}-error`} className="field__error">
          {props.error}
        </p>
      )}
    </div>
  );
}

export function PurchasePlanner({ model }: { model: LedgerModel }) {
  const pace = useUiStore((s) => s.pace);
  const [draft, setDraft] = useState<Draft>(() => {
    // By default: the planned pace's proposals by the last day of this cycle.
    const next = parseIsoDate(model.next.start);
    const end = next === null ? model.today : formatDay(next - 1);
    return {
      proposals: String(Math.max(1, Math.round(pace.proposalsPerCycle))),
      connects: String(Math.round(pace.connectsPerProposal)),
      boost: String(Math.round(pace.boostPerProposal ?? 0)),
      by: end < model.today ? model.today : end,
    };
  });
  const { ask, errors } = readDraft(draft, model.today);
  // The planner replays the ledger several times: typing stays smooth on a long one. Null at
  // first: the plan is worked out just after the dashboard's first drawing, not as part of it.
  const deferred = useDeferredValue(ask, null);
  const result = useMemo((): { plan: PurchasePlan; ask: PlannerAsk } | null => {
    if (!deferred) return null;
    try {
      const plan = planPurchase({
        history: model.input,
        today: model.today,
        state: model.state,
        proposals: deferred.proposals,
        connectsPerProposal: deferred.connectsPerProposal,
        boostPerProposal: deferred.boostPerProposal,
        by: deferred.by,
      });
      return { plan, ask: deferred };
    } catch {
      return null;
    }
  }, [deferred, model]);
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <section className="dash-card dash-planner" aria-labelledby="dash-planner-h">
      <h2 id="dash-planner-h">Plan a purchase</h2>
      <div className="dash-planner-body">
        <form
          className="dash-planner-fields"
          aria-label="Proposals to send"
          onSubmit={(e) => e.preventDefault()}
        >
          <Field
            label="Proposals"
            type="number"
            value={draft.proposals}
            error={errors.proposals}
            onChange={set('proposals')}
          />
          <Field
            label="Connects each"
            type="number"
            value={draft.connects}
            error={errors.connects}
            onChange={set('connects')}
          />
          <Field
            label="Boost each"
            type="number"
            value={draft.boost}
            error={errors.boost}
            onChange={set('boost')}
          />
          <Field
            label="By"
            type="date"
            value={draft.by}
            min={model.today}
            error={errors.by}
            onChange={set('by')}
          />
        </form>
        {result ? (
          <PurchasePlannerResult plan={result.plan} ask={result.ask} />
        ) : ask && !deferred ? (
          <p className="dash-muted" role="status">
            Working out the plan…
          </p>
        ) : (
          <p className="dash-muted">Correct the marked field to see the plan.</p>
        )}
      </div>
    </section>
  );
}
