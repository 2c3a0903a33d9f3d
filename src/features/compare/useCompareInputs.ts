/**
 * The Compare page's inputs, kept in the URL. What is typed counts at once
 * (the figures follow as you type), but the URL gets a new history entry
 * only once a change is committed: on leaving the field, on Enter, or after a
 * pause in typing; so the back button steps through comparisons, not
 * keystrokes.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  NUMBER_FIELDS,
  parseField,
  readInputs,
  sameInputs,
  writeInputs,
  type CompareInputs,
  type NumberKey,
} from './compareInputs';

const COMMIT_AFTER_MS = 900;

type Texts = Partial<Record<NumberKey, string>>;

const NO_TEXTS: Texts = {};

/**
 * Typed texts, valid only over the URL they were typed on: back and forward discard them.
 * A pushed URL reaches `useSearchParams` a little later (the router navigates in a
 * transition): meanwhile the values pushed stand in for it, so nothing flickers back.
 */
interface Drafts {
  search: string;
  texts: Texts;
  pending: { from: string; values: CompareInputs } | null;
}

export interface CompareInputsApi {
  /** From the URL, with what is being typed applied. */
  inputs: CompareInputs;
  /** What each number field shows. */
  text: (key: NumberKey) => string;
  /** Whether the field's text is not a value it accepts. */
  invalid: (key: NumberKey) => boolean;
  type: (key: NumberKey, text: string) => void;
  /** Pushes what is typed into the URL; on blur the fields also show their values tidied. */
  commit: (tidy: boolean) => void;
  setEra: (era: string) => void;
  /** Back to the defaults (the user's own pace): the pace leaves the URL. */
  reset: () => void;
  /** Whether the pace differs from the defaults. */
  custom: boolean;
}

function applyTexts(base: CompareInputs, texts: Texts): CompareInputs {
  const out = { ...base };
  for (const field of NUMBER_FIELDS) {
    const value = parseField(field, texts[field.key] ?? null);
    if (value !== null) out[field.key] = value;
  }
  return out;
}

export function useCompareInputs(
  defaults: CompareInputs,
  eraIds: readonly string[],
): CompareInputsApi {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const committed = useMemo(
    () => readInputs(new URLSearchParams(search), defaults, eraIds),
    [search, defaults, eraIds],
  );
  const [drafts, setDrafts] = useState<Drafts>({ search, texts: {}, pending: null });
  if (drafts.pending && drafts.search === search) {
    // The pushed URL is in: going back to the one before is now a navigation like any other.
    setDrafts({ ...drafts, pending: null });
  }
  const waiting = drafts.pending !== null && drafts.pending.from === search;
  const base = waiting && drafts.pending ? drafts.pending.values : committed;
  const texts = drafts.search === search || waiting ? drafts.texts : NO_TEXTS;
  const inputs = useMemo(() => applyTexts(base, texts), [base, texts]);

  const push = useCallback(
    (next: CompareInputs, keepTexts: Texts) => {
      if (sameInputs(next, base)) {
        setDrafts({ search, texts: keepTexts, pending: null });
        return;
      }
      const written = writeInputs(next);
      setParams(written);
      setDrafts({
        search: written.toString(),
        texts: keepTexts,
        pending: { from: search, values: next },
      });
    },
    [base, search, setParams],
  );

  const commit = useCallback(
    (tidy: boolean) => {
      if (Object.keys(texts).length === 0) return;
      push(inputs, tidy ? {} : texts);
    },
    [inputs, texts, push],
  );

  // A pause in typing commits, keeping the text as typed ("12." stays while the cursor is there).
  useEffect(() => {
    if (Object.keys(texts).length === 0 || sameInputs(inputs, base)) return;
    const timer = setTimeout(() => commit(false), COMMIT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [texts, inputs, base, commit]);

  const fieldOf = (key: NumberKey) => NUMBER_FIELDS.find((f) => f.key === key);
  return {
    inputs,
    text: (key) => texts[key] ?? String(base[key]),
    invalid: (key) => {
      const typed = texts[key];
      const field = fieldOf(key);
      return typed !== undefined && field !== undefined && parseField(field, typed) === null;
    },
    type: (key, text) => {
      const typed = { ...texts, [key]: text };
      setDrafts(waiting ? { ...drafts, texts: typed } : { search, texts: typed, pending: null });
    },
    commit,
    setEra: (era) => push({ ...inputs, era }, {}),
    reset: () => {
      const next = new URLSearchParams();
      if (committed.h !== defaults.h) next.set('h', String(committed.h));
      if (committed.era !== defaults.era) next.set('era', committed.era);
      if (next.toString() !== search) setParams(next);
      setDrafts({ search: next.toString(), texts: {}, pending: null });
    },
    custom: !sameInputs({ ...inputs, h: defaults.h, era: defaults.era }, defaults),
  };
}
