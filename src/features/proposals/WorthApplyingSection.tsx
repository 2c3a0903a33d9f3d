/**
 * "Worth applying?" (outcomes.md §4): the job's Connects, boost and signals in; the findings and
 * the verdict, what the proposal does to the budget, and the freelancer's own rates on jobs like
 * it out, all as they are typed. "Record this proposal" adds it, dated today, with its tags and
 * signals as its outcome, in one undoable step.
 *
 * For the Proposals page (`/proposals`); the ledger's proposal form links here with
 * `/proposals?check&connects=12&boost=5…` (shared/worthLink.ts: `worthInitialFromQuery` gives
 * `initial`).
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { addEntry } from '../../commands';
import { describeEntry } from '../../engine/entryWords';
import { proposalBudget, type ProposalBudget } from '../../engine/outcomes/budget';
import { compareOwnHistory } from '../../engine/outcomes/compareOwn';
import { scanFacts } from '../../engine/outcomes/facts';
import type { ProposalRecord } from '../../engine/outcomes/proposals';
import { checkJob } from '../../engine/outcomes/worth';
import { connects } from '../../engine/words';
import {
  outcomeLookup,
  replayInput,
  type AccountRecord,
  type LedgerRead,
  type ProposalsRead,
} from '../../read';
import { replayThrough, type Replayed } from '../../read/replay';
import { perform } from '../../store/perform';
import { Field } from '../shared/Field';
import { JobCheckView } from '../shared/JobCheckView';
import { JobFields, withJobField } from '../shared/JobFields';
import type { JobField } from '../shared/jobDraft';
import type { WorthInitial } from '../shared/worthLink';
import { WorthBudget } from './WorthBudget';
import {
  checkWorthDraft,
  WORTH_MAX_LENGTH,
  worthDraftFrom,
  type WorthDraft,
  type WorthField,
} from './worthDraft';
import { WorthOwnHistory } from './WorthOwnHistory';
import './WorthApplying.css';

export type { WorthInitial } from '../shared/worthLink';

export interface WorthApplyingSectionProps {
  /** The ledger and its outcomes, live: `useProposals()`. */
  read: ProposalsRead;
  /** Today (YYYY-MM-DD, `todayIso()`): the budget's day and the recorded proposal's date. */
  today: string;
  /** The job to start from (a check link: `worthInitialFromQuery(location.search)`). */
  initial?: WorthInitial;
  /** Scroll to the section and focus its heading when it appears (opened from a link). */
  autoFocus?: boolean;
}

type Ready = LedgerRead & { account: AccountRecord };

const hasAccount = (ledger: LedgerRead): ledger is Ready => ledger.account !== null;

/**
 * The ledger replayed through today, once there is a proposal to weigh (`wanted`): the section
 * sits on the Proposals page, and a replay of a long ledger as it opens would be work for nothing.
 */
function useReplayed(ledger: LedgerRead, today: string, wanted: boolean): Replayed | null {
  return useMemo(() => {
    if (!wanted || !hasAccount(ledger)) return null;
    try {
      return replayThrough(ledger, today);
    } catch {
      return null;
    }
  }, [ledger, today, wanted]);
}

/**
 * The ledger's proposals, once the job says something to compare them on: from the facts the
 * read already holds (no replay here); none for a ledger the rules cannot replay (no facts).
 */
function useOwnProposals(read: ProposalsRead, wanted: boolean): readonly ProposalRecord[] | null {
  return useMemo(() => {
    const { ledger, outcomes, facts } = read;
    if (!wanted || !facts || !hasAccount(ledger)) return null;
    const { events } = ledger;
    const settings = replayInput(ledger.account, [], ledger.customEras);
    const list: ProposalRecord[] = [];
    // The record passed is reused for every proposal: each one kept is a copy.
    scanFacts(
      settings,
      events.columns(),
      facts,
      (p) => list.push({ ...p }),
      outcomeLookup(events, outcomes),
    );
    return list;
  }, [read, wanted]);
}

export function WorthApplyingSection({
  read,
  today,
  initial,
  autoFocus,
}: WorthApplyingSectionProps) {
  const uid = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<WorthDraft>(() => worthDraftFrom(initial));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    if (!autoFocus) return;
    heading.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus();
  }, [autoFocus]);

  const check = useMemo(() => checkWorthDraft(draft, today), [draft, today]);
  const replayed = useReplayed(read.ledger, today, check.connects !== null);
  const comparable = Object.keys(check.signals).length > 0 || check.tags.length > 0;
  const own = useOwnProposals(read, comparable);
  const job = useMemo(() => checkJob(check.signals), [check.signals]);
  const budget = useMemo<ProposalBudget | null>(
    () =>
      replayed && check.connects !== null && check.boost !== null
        ? proposalBudget(replayed.input, replayed.state, check.connects, check.boost)
        : null,
    [replayed, check.connects, check.boost],
  );
  const comparisons = useMemo(
    () => (own ? compareOwnHistory(own, { signals: check.signals, tags: check.tags }) : []),
    [own, check.signals, check.tags],
  );

  const id = (f: WorthField): string => `${uid}-${f}`;
  const show = (f: string, error: string | undefined): string | null =>
    (submitted || touched.has(f)) && error ? error : null;
  const touch = (f: string): void => setTouched((t) => (t.has(f) ? t : new Set(t).add(f)));
  const change = (f: WorthField, value: string): void => {
    setDraft((d) => ({ ...d, [f]: value }));
    setRefusal(null);
    touch(f);
  };
  const changeJob = (f: JobField, value: string): void => {
    setDraft((d) => ({ ...d, job: withJobField(d.job, f, value) }));
    touch(f);
  };

  async function record(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    if (!check.entry) {
      const first =
        (['title', 'connects', 'boost'] as const).find((f) => check.errors[f]) ??
        Object.keys(check.jobErrors)[0];
      const target = first && document.getElementById(`${uid}-${first}`);
      if (target) target.focus();
      return;
    }
    if (budget && !budget.affordable) {
      setRefusal(
        `Not recorded: you hold ${connects(budget.balanceBefore)}, and this proposal needs ${connects(budget.cost)}.`,
      );
      return;
    }
    setBusy(true);
    const done = await perform(addEntry(check.entry, check.outcome ?? undefined));
    setBusy(false);
    if (done) {
      setDraft(worthDraftFrom(undefined));
      setTouched(new Set());
      setSubmitted(false);
    }
  }

  const input = (f: WorthField, label: string, hint?: string) => (
    <Field id={id(f)} label={label} hint={hint} error={show(f, check.errors[f])}>
      {(aria) => (
        <input
          {...aria}
          type="text"
          inputMode={f === 'title' ? 'text' : 'numeric'}
          maxLength={WORTH_MAX_LENGTH[f]}
          value={draft[f]}
          onChange={(e) => change(f, e.target.value)}
          autoComplete="off"
        />
      )}
    </Field>
  );

  const ready = hasAccount(read.ledger);
  return (
    <section className="worth card" id="worth-applying" aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`} ref={heading} tabIndex={-1}>
        Worth applying?
      </h2>
      <p className="worth__intro">
        Before spending Connects, note what the job page shows: the check weighs it as the articles
        on saving Connects advise, shows what the proposal leaves you, and how jobs like it went for
        you.
      </p>
      {!ready ? (
        <p>Set up your account on the dashboard first.</p>
      ) : (
        <form
          className="worth__grid"
          noValidate
          aria-labelledby={`${uid}-job-heading`}
          onSubmit={(e) => void record(e)}
        >
          <div className="worth__inputs">
            <h3 id={`${uid}-job-heading`}>The job</h3>
            <div className="form-grid">
              {input('title', 'Job title or reference')}
              {input('connects', 'Connects it asks for')}
              {input('boost', 'Boost (extra Connects bid)', 'Optional.')}
            </div>
            <JobFields
              idPrefix={uid}
              draft={draft.job}
              errorOf={(f) => show(f, check.jobErrors[f])}
              onChange={changeJob}
            />
          </div>
          <div className="worth__results">
            <JobCheckView check={job} signals={check.signals} heading="Verdict" />
            <h3>Your budget</h3>
            {budget ? (
              <WorthBudget budget={budget} />
            ) : (
              <p data-testid="worth-budget">
                {replayed || check.connects === null
                  ? 'Enter the Connects the job asks for to see what it leaves you.'
                  : 'The ledger cannot be replayed: check the account in Settings.'}
              </p>
            )}
            <h3>Your results on jobs like it</h3>
            <WorthOwnHistory
              comparisons={comparisons}
              signals={check.signals}
              tags={check.tags}
              available={own !== null || !comparable}
            />
            <div className="form-actions">
              <button
                type="submit"
                className="button button--primary"
                disabled={busy}
                aria-describedby={refusal ? `${uid}-refusal` : undefined}
              >
                Record this proposal
              </button>
            </div>
            <p className="field__hint">
              Adds it to the ledger dated today, with its tags and signals
              {check.entry ? `: ${describeEntry(check.entry)}` : ''}.
            </p>
            {refusal && (
              <p id={`${uid}-refusal`} className="field__error" role="alert">
                {refusal}
              </p>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
