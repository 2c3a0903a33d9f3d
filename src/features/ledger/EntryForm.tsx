/** Add or edit one entry; each field is checked as the user types. */
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { NewEntry } from '../../commands';
import type { LedgerData } from '../../read';
import { BONUS_REASONS, EVENT_TYPES, type EventType } from '../../engine/types';
import { BONUS_LABELS, TYPE_LABELS } from '../../engine/entryWords';
import { planName } from '../../engine/words';
import {
  checkDraft,
  emptyDraft,
  FIELDS_BY_TYPE,
  MAX_LENGTH,
  type Draft,
  type DraftField,
} from './entryDraft';
import { Field } from '../shared/Field';
import { refundTargets } from './ledgerView';

interface EntryFormProps {
  heading: string;
  submitLabel: string;
  initial: Draft;
  /** The ledger, for the proposals a refund can still reach. */
  ledger: LedgerData;
  editingId?: number;
  plans: readonly string[];
  /** Resolves to true when saved (the form then starts afresh). */
  onSubmit: (entry: NewEntry) => Promise<boolean>;
  onCancel?: () => void;
  /** Move focus into the form when it opens (editing an entry from the list). */
  autoFocus?: boolean;
}

const CONNECTS_LABEL: Record<EventType, string> = {
  spend: 'Connects',
  purchase: 'Connects bought',
  bonus: 'Connects received',
  refund: 'Connects returned',
  adjust: 'Change in Connects (+ or −)',
  plan: 'Connects',
};

const CONNECTS_HINT: Partial<Record<EventType, string>> = {
  refund: 'Leave blank when all of it came back.',
  bonus: 'Blank for an interview bonus the era fixes.',
  adjust: 'Negative to take Connects away, e.g. -5.',
};

export function EntryForm(props: EntryFormProps) {
  const { heading, submitLabel, initial, ledger, editingId, plans, onSubmit, onCancel, autoFocus } =
    props;
  const uid = useId();
  useEffect(() => {
    if (autoFocus) document.getElementById(`${uid}-type`)?.focus();
  }, [autoFocus, uid]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const check = checkDraft(draft);
  const proposals = useMemo(
    () => refundTargets(ledger, draft.date, editingId),
    [ledger, draft.date, editingId],
  );

  const id = (f: DraftField): string => `${uid}-${f}`;
  const errorOf = (f: DraftField): string | null =>
    (submitted || touched.has(f)) && check.errors[f] ? (check.errors[f] ?? null) : null;
  const change = (f: DraftField, value: string): void => {
    setDraft((d) => ({ ...d, [f]: value }));
    setTouched((t) => new Set(t).add(f));
  };
  const changeType = (type: EventType): void => {
    setDraft((d) => ({ ...emptyDraft(type, d.date), title: d.title }));
    setTouched(new Set());
    setSubmitted(false);
  };

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    if (!check.entry) {
      const first = (['date', ...FIELDS_BY_TYPE[draft.type]] as DraftField[]).find(
        (f) => check.errors[f],
      );
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    setBusy(true);
    const saved = await onSubmit(check.entry);
    setBusy(false);
    if (saved) {
      setDraft(emptyDraft(draft.type, draft.date));
      setTouched(new Set());
      setSubmitted(false);
    }
  }

  const fields = FIELDS_BY_TYPE[draft.type];
  const inputField = (
    f: DraftField,
    label: string,
    opts: { hint?: string; mode?: 'numeric' | 'decimal' | 'text' } = {},
  ) => (
    <Field key={f} id={id(f)} label={label} hint={opts.hint} error={errorOf(f)}>
      {(aria) => (
        <input
          {...aria}
          type="text"
          inputMode={opts.mode ?? 'text'}
          maxLength={MAX_LENGTH[f]}
          value={draft[f]}
          onChange={(e) => change(f, e.target.value)}
          autoComplete="off"
        />
      )}
    </Field>
  );

  return (
    <form
      className="entry-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) onCancel();
      }}
      noValidate
      aria-labelledby={`${uid}-heading`}
    >
      <h2 id={`${uid}-heading`}>{heading}</h2>
      <div className="form-grid">
        <Field id={id('type')} label="Type">
          {(aria) => (
            <select
              {...aria}
              value={draft.type}
              onChange={(e) => changeType(e.target.value as EventType)}
            >
              {EVENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('date')} label="Date" error={errorOf('date')}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              value={draft.date}
              onChange={(e) => change('date', e.target.value)}
            />
          )}
        </Field>
        {fields.map((f) => {
          switch (f) {
            case 'title':
              return inputField('title', 'Job title or reference');
            case 'connects':
              return inputField('connects', CONNECTS_LABEL[draft.type], {
                hint:
                  draft.type === 'bonus' && draft.reason !== 'interview'
                    ? undefined
                    : CONNECTS_HINT[draft.type],
                mode: draft.type === 'adjust' ? 'text' : 'numeric',
              });
            case 'boost':
              return inputField('boost', 'Boost (extra Connects bid)', {
                hint: 'Optional.',
                mode: 'numeric',
              });
            case 'usd':
              return inputField('usd', 'Price paid (USD)', {
                hint: 'Optional: else the era’s price.',
                mode: 'decimal',
              });
            case 'note':
              return inputField('note', 'Note', { hint: 'Optional: why the correction.' });
            case 'reason':
              return (
                <Field key={f} id={id(f)} label="Reason" error={errorOf(f)}>
                  {(aria) => (
                    <select
                      {...aria}
                      value={draft.reason}
                      onChange={(e) => change('reason', e.target.value)}
                    >
                      <option value="">Choose…</option>
                      {BONUS_REASONS.map((r) => (
                        <option key={r} value={r}>
                          {BONUS_LABELS[r]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              );
            case 'ref':
              return (
                <Field
                  key={f}
                  id={id(f)}
                  label="Proposal refunded"
                  hint={
                    proposals.length === 0 ? 'No proposal on or before this date yet.' : undefined
                  }
                  error={errorOf(f)}
                >
                  {(aria) => (
                    <select
                      {...aria}
                      value={draft.ref}
                      onChange={(e) => change('ref', e.target.value)}
                    >
                      <option value="">Choose…</option>
                      {draft.ref && !proposals.some((p) => p.ref === draft.ref) && (
                        <option value={draft.ref}>{draft.ref}</option>
                      )}
                      {proposals.map((p) => (
                        <option key={p.ref} value={p.ref}>
                          {`${p.ref} (${p.date}: ${p.left === p.spent ? p.spent : `${p.left} of ${p.spent}`} to refund)`}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              );
            case 'plan':
              return (
                <Field
                  key={f}
                  id={id(f)}
                  label="New plan"
                  hint="Applies from the next cycle start."
                  error={errorOf(f)}
                >
                  {(aria) => (
                    <select
                      {...aria}
                      value={draft.plan}
                      onChange={(e) => change('plan', e.target.value)}
                    >
                      <option value="">Choose…</option>
                      {plans.map((p) => (
                        <option key={p} value={p}>
                          {planName(p)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              );
            default:
              return null;
          }
        })}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
