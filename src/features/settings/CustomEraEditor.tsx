/** Custom eras: copy an era, change its numbers (checked as typed), save it to choose it above. */
import { useId, useState, type FormEvent } from 'react';
import { deleteCustomEra, saveCustomEra } from '../../commands';
import type { CustomEraRecord } from '../../read';
import { ERA_CATALOGUE, type Era } from '../../engine/eras';
import { perform } from '../../store/perform';
import { planName } from '../../engine/words';
import { Field } from '../shared/Field';
import {
  checkEraDraft,
  draftFromEra,
  freeId,
  MAX_LENGTH,
  type EraDraft,
  type PlanDraft,
} from './customEraDraft';

const PLAN_FIELDS: {
  key: Exclude<keyof PlanDraft, 'canPurchase'>;
  label: string;
  hint?: string;
}[] = [
  { key: 'monthlyFeeUsd', label: 'Monthly fee (USD)' },
  { key: 'allotment', label: 'Connects per cycle' },
  { key: 'rolloverCap', label: 'Rollover cap', hint: 'Blank: no cap.' },
  { key: 'maxBalance', label: 'Maximum balance', hint: 'Blank: no cap.' },
  { key: 'pricePerConnectUsd', label: 'Price per Connect (USD)', hint: 'Blank: not sold.' },
  { key: 'bundles', label: 'Bundles', hint: 'Blank: any number.' },
];

export function CustomEraEditor({ customEras }: { customEras: readonly CustomEraRecord[] }) {
  const uid = useId();
  const sources: Era[] = [...ERA_CATALOGUE, ...customEras.map((c) => c.era)];
  const [sourceId, setSourceId] = useState(sources[sources.length - 1]?.id ?? '');
  const [draft, setDraft] = useState<EraDraft | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);

  const otherIds = customEras.map((c) => c.id).filter((id) => id !== editingId);
  const check = draft ? checkEraDraft(draft, otherIds) : null;
  const err = (path: string): string | undefined => check?.errors[path];

  const copy = (): void => {
    const era = sources.find((e) => e.id === sourceId);
    if (!era) return;
    setEditingId(null);
    setDraft(
      draftFromEra(era, freeId(customEras.map((c) => c.id)), `My copy of ${era.name ?? era.id}`),
    );
  };
  const edit = (record: CustomEraRecord): void => {
    setEditingId(record.id);
    setDraft({
      ...draftFromEra(record.era, record.id, record.era.name ?? ''),
      copiedFrom: record.era.source ?? record.id,
    });
  };
  const setField = (patch: Partial<EraDraft>): void =>
    setDraft((d) => (d ? { ...d, ...patch } : d));
  const setPlan = (plan: string, patch: Partial<PlanDraft>): void =>
    setDraft((d) =>
      d
        ? { ...d, plans: { ...d.plans, [plan]: { ...(d.plans[plan] as PlanDraft), ...patch } } }
        : d,
    );

  async function save(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!check?.era) {
      const first = Object.keys(check?.errors ?? {})[0];
      if (first) document.getElementById(`${uid}-${first}`)?.focus();
      return;
    }
    if (await perform(saveCustomEra(check.era, editingId))) {
      setDraft(null);
      setEditingId(null);
    }
  }

  async function remove(record: CustomEraRecord): Promise<void> {
    await perform(deleteCustomEra(record));
  }

  const input = (
    path: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    hint?: string,
  ) => (
    <Field key={path} id={`${uid}-${path}`} label={label} hint={hint} error={err(path)}>
      {(aria) => (
        <input
          {...aria}
          type="text"
          maxLength={MAX_LENGTH[path]}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>Custom eras</h2>
      {customEras.length > 0 ? (
        <ul className="plain-list">
          {customEras.map((c) => (
            <li key={c.id} className="row-between">
              <span>
                {c.era.name ?? c.id} <code>{c.id}</code>
              </span>
              <span className="button-row">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => edit(c)}
                  aria-label={`Edit ${c.era.name ?? c.id}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => void remove(c)}
                  aria-label={`Delete ${c.era.name ?? c.id}`}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None yet. Copy an era to change its numbers, for “what if” replays.</p>
      )}
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${uid}-source`}>Copy from</label>
          <select
            id={`${uid}-source`}
            value={sourceId}
            onChange={(e) => setSourceId(e.target.value)}
          >
            {sources.map((era) => (
              <option key={era.id} value={era.id}>
                {era.name ?? era.id}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={copy}>
          Copy into a new custom era
        </button>
      </div>

      {draft && (
        <form
          className="era-editor"
          onSubmit={(e) => void save(e)}
          noValidate
          aria-labelledby={`${uid}-eh`}
        >
          <h3 id={`${uid}-eh`}>
            {editingId ? `Edit ${editingId}` : `New custom era (copy of ${draft.copiedFrom})`}
          </h3>
          <div className="form-grid">
            {input('id', 'Id', draft.id, (v) => setField({ id: v }))}
            {input('name', 'Name', draft.name, (v) => setField({ name: v }))}
            <Field id={`${uid}-from`} label="In force from" error={err('from')}>
              {(aria) => (
                <input
                  {...aria}
                  type="date"
                  value={draft.from}
                  onChange={(e) => setField({ from: e.target.value })}
                />
              )}
            </Field>
            <Field id={`${uid}-lotLifetime`} label="Connects lapse">
              {(aria) => (
                <select
                  {...aria}
                  value={draft.lotLifetime}
                  onChange={(e) => setField({ lotLifetime: e.target.value as '1y' | '' })}
                >
                  <option value="">Never</option>
                  <option value="1y">One year after received</option>
                </select>
              )}
            </Field>
            {input(
              'interviewBonus.amount',
              'Interview bonus',
              draft.bonusAmount,
              (v) => setField({ bonusAmount: v }),
              'Blank: none.',
            )}
            {input('interviewBonus.capPer7Days', 'Most in any 7 days', draft.bonusCap, (v) =>
              setField({ bonusCap: v }),
            )}
          </div>
          {Object.entries(draft.plans).map(([plan, p]) => (
            <fieldset key={plan} className="plan-fields">
              <legend>{planName(plan)}</legend>
              <div className="form-grid">
                {PLAN_FIELDS.map((f) =>
                  input(
                    `plans.${plan}.${f.key}`,
                    f.label,
                    p[f.key],
                    (v) => setPlan(plan, { [f.key]: v }),
                    f.hint,
                  ),
                )}
                <div className="field field--check">
                  <input
                    id={`${uid}-plans.${plan}.canPurchase`}
                    type="checkbox"
                    checked={p.canPurchase}
                    onChange={(e) => setPlan(plan, { canPurchase: e.target.checked })}
                  />
                  <label htmlFor={`${uid}-plans.${plan}.canPurchase`}>Can buy Connects</label>
                </div>
              </div>
            </fieldset>
          ))}
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              Save custom era
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
