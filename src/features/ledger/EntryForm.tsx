/**
 * Add or edit one entry; each field is checked as the user types. A spend says what it paid
 * for; a proposal may carry its tags and the job's signals, with the check before applying
 * shown as they are typed and a link to the full check ("Worth applying?").
 */
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { NewEntry } from '../../commands';
import type { LedgerData } from '../../read';
import { BONUS_REASONS, EVENT_TYPES, type EventType } from '../../engine/types';
import { BONUS_LABELS, TYPE_LABELS } from '../../engine/entryWords';
import type { Outcome } from '../../engine/outcomes/types';
import { checkJob } from '../../engine/outcomes/worth';
import { parseWhole, planName } from '../../engine/words';
import { JobCheckView } from '../shared/JobCheckView';
import { JobFields, withJobField } from '../shared/JobFields';
import { jobDraftIsEmpty, type JobField } from '../shared/jobDraft';
import { isProposalKind, KIND_LABELS, SPEND_KINDS, type SpendKind } from '../shared/spendKinds';
import { worthCheckHref } from '../shared/worthLink';
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
  /**
   * Resolves to true when saved (the form then starts afresh). `job` is a proposal's tags and
   * signals as outcome fields (null: none, or not a proposal).
   */
  onSubmit: (entry: NewEntry, job: Outcome | null) => Promise<boolean>;
  onCancel?: () => void;
  /** Move focus into the form when it opens (editing an entry from the list). */
  autoFocus?: boolean;
  /** Offer the full check before applying ("Worth applying?") for a new proposal. */
  worthLink?: boolean;
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
  const {
    heading,
    submitLabel,
    initial,
    ledger,
    editingId,
    plans,
    onSubmit,
    onCancel,
    autoFocus,
    worthLink,
  } = props;
  const uid = useId();
  useEffect(() => {
    if (autoFocus) document.getElementById(`${uid}-type`)?.focus();
  }, [autoFocus, uid]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [touched, setTouched] = useState<ReadonlySet<DraftField | JobField>>(new Set());
  const [jobOpen, setJobOpen] = useState(() => !jobDraftIsEmpty(initial.job));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const check = checkDraft(draft);
  // Only a refund names a proposal: the list replays the ledger, so it is made for refunds only.
  const proposals = useMemo(
    () => (draft.type === 'refund' ? refundTargets(ledger, draft.date, editingId) : []),
    [draft.type, ledger, draft.date, editingId],
  );

  const id = (f: DraftField): string => `${uid}-${f}`;
  const errorOf = (f: DraftField): string | null =>
    (submitted || touched.has(f)) && check.errors[f] ? (check.errors[f] ?? null) : null;
  const jobErrorOf = (f: JobField): string | null =>
    (submitted || touched.has(f)) && check.jobErrors[f] ? (check.jobErrors[f] ?? null) : null;
  const change = (f: DraftField, value: string): void => {
    setDraft((d) => ({ ...d, [f]: value }));
    setTouched((t) => new Set(t).add(f));
  };
  const changeJob = (f: JobField, value: string): void => {
    setDraft((d) => ({ ...d, job: withJobField(d.job, f, value) }));
    setTouched((t) => new Set(t).add(f));
  };
  const changeType = (type: EventType): void => {
    setDraft((d) => ({ ...emptyDraft(type, d.date), title: d.title }));
    setTouched(new Set());
    setSubmitted(false);
  };
  const isProposal = draft.type === 'spend' && isProposalKind(draft.kind);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    if (!check.entry) {
      const first = (['date', ...FIELDS_BY_TYPE[draft.type]] as DraftField[]).find(
        (f) => check.errors[f],
      );
      if (first) document.getElementById(id(first))?.focus();
      else {
        const firstJob = Object.keys(check.jobErrors)[0];
        if (firstJob) {
          setJobOpen(true);
          // The fields are in the DOM once the <details> has opened.
          requestAnimationFrame(() => document.getElementById(`${uid}-job-${firstJob}`)?.focus());
        }
      }
      return;
    }
    setBusy(true);
    const saved = await onSubmit(check.entry, isProposal ? check.job : null);
    setBusy(false);
    if (saved) {
      setDraft({ ...emptyDraft(draft.type, draft.date), kind: draft.kind });
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
            case 'kind':
              return (
                <Field key={f} id={id(f)} label="What for">
                  {(aria) => (
                    <select
                      {...aria}
                      value={draft.kind}
                      onChange={(e) => change('kind', e.target.value as SpendKind)}
                    >
                      {SPEND_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {KIND_LABELS[k]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              );
            case 'title':
              return isProposal || draft.type !== 'spend'
                ? inputField('title', 'Job title or reference')
                : inputField('title', 'Note', { hint: 'Optional.' });
            case 'connects':
              return inputField('connects', CONNECTS_LABEL[draft.type], {
                hint:
                  draft.type === 'bonus' && draft.reason !== 'interview'
                    ? undefined
                    : CONNECTS_HINT[draft.type],
                mode: draft.type === 'adjust' ? 'text' : 'numeric',
              });
            case 'boost':
              return isProposal
                ? inputField('boost', 'Boost (extra Connects bid)', {
                    hint: 'Optional.',
                    mode: 'numeric',
                  })
                : null;
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
      {isProposal && (
        <details
          className="entry-form__job"
          open={jobOpen}
          onToggle={(e) => setJobOpen(e.currentTarget.open)}
        >
          <summary>Tags and the job’s signals (optional)</summary>
          {jobOpen && (
            <JobFields
              idPrefix={`${uid}-job`}
              draft={draft.job}
              errorOf={jobErrorOf}
              onChange={changeJob}
            />
          )}
        </details>
      )}
      {isProposal && check.job?.signals && (
        <JobCheckView
          check={checkJob(check.job.signals)}
          signals={check.job.signals}
          heading="Worth applying?"
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        {worthLink && isProposal && (
          <Link
            className="button button--quiet entry-form__worth"
            to={worthCheckHref({
              connects: wholeOrUndefined(draft.connects),
              boost: wholeOrUndefined(draft.boost),
              title: draft.title.trim() || undefined,
              tags: check.job?.tags,
              signals: check.job?.signals,
            })}
          >
            Worth applying? Check this job with your budget and results
          </Link>
        )}
      </div>
    </form>
  );
}

/** A whole number of 0 or more as typed, or undefined. */
function wholeOrUndefined(raw: string): number | undefined {
  const n = parseWhole(raw);
  return n !== null && n >= 0 ? n : undefined;
}
