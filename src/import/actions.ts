/**
 * The platform's action texts and what each means, as data (shared/spec/import.md §1). A rule
 * matches when each of its phrases occurs in the text as whole words, each word allowed a
 * suffix (`boost` matches "Boosted", `refund` "Refunded"). The first rule that matches wins,
 * so more specific rules come first: "Boosted proposal" is a boost, not a proposal.
 */
import type { SpendKind } from '../engine/outcomes/types';
import type { BonusReason } from '../engine/types';
import { TEXT_LIMITS } from './limits';

export type ActionKind =
  | 'proposal'
  | 'boost'
  | 'spend'
  | 'purchase'
  | 'refund'
  | 'bonus'
  | 'adjust'
  | 'monthly'
  | 'expired'
  | 'rollover';

export interface ActionRule {
  /** Any one of these phrases (words in order) makes the rule match. */
  phrases: readonly string[];
  kind: ActionKind;
  /** For bonuses: the reason; absent = read it from the details (else `other`). */
  reason?: BonusReason;
  /** For spends that are no proposal: what they paid for (outcomes.md §1). */
  spendKind?: Exclude<SpendKind, 'proposal'>;
}

export const ACTION_RULES: readonly ActionRule[] = [
  { phrases: ['monthly connects', 'monthly allotment', 'monthly'], kind: 'monthly' },
  { phrases: ['refund', 'returned', 'reimbursed'], kind: 'refund' },
  { phrases: ['expired', 'expiring', 'lapsed'], kind: 'expired' },
  { phrases: ['rolled over', 'rollover', 'roll over', 'carried over'], kind: 'rollover' },
  // Boosting a profile costs Connects but belongs to no proposal.
  {
    phrases: [
      'boosted profile',
      'boost profile',
      'profile boost',
      'boost your profile',
      'boost my profile',
    ],
    kind: 'spend',
    spendKind: 'profile-boost',
  },
  { phrases: ['boost'], kind: 'boost' },
  // Before purchases: "Availability badge purchase" pays for the badge, it buys no Connects.
  {
    phrases: ['availability badge', 'availability', 'available now'],
    kind: 'spend',
    spendKind: 'availability-badge',
  },
  { phrases: ['added extra', 'purchase', 'bought', 'buy'], kind: 'purchase' },
  { phrases: ['rising talent'], kind: 'bonus', reason: 'rising-talent' },
  { phrases: ['new talent'], kind: 'bonus', reason: 'new-talent' },
  { phrases: ['interview'], kind: 'bonus', reason: 'interview' },
  { phrases: ['readiness'], kind: 'bonus', reason: 'readiness-test' },
  { phrases: ['certification', 'certified'], kind: 'bonus', reason: 'certification' },
  { phrases: ['profile'], kind: 'bonus', reason: 'profile' },
  { phrases: ['promo'], kind: 'bonus', reason: 'promo' },
  { phrases: ['bonus', 'reward', 'gift', 'free connects'], kind: 'bonus' },
  { phrases: ['applied', 'apply', 'submitted', 'proposal', 'spend', 'spent'], kind: 'proposal' },
  { phrases: ['adjust', 'correction'], kind: 'adjust' },
];

/** Bonus reasons read from a bonus row's details ("Rising Talent badge"), same matching. */
export const BONUS_REASON_RULES: readonly { phrases: readonly string[]; reason: BonusReason }[] =
  ACTION_RULES.flatMap((rule) =>
    rule.reason === undefined ? [] : [{ phrases: rule.phrases, reason: rule.reason }],
  );

/** Plan names on Monthly Connects rows ("Freelancer Plus membership") to the rules' plan ids. */
export const PLAN_RULES: readonly { phrases: readonly string[]; plan: string }[] = [
  // "Agency Plus" names the agency plan, not Freelancer Plus: agency first.
  { phrases: ['agency'], plan: 'agency-plus' },
  { phrases: ['freelancer plus', 'plus'], plan: 'freelancer-plus' },
  { phrases: ['basic', 'freelancer'], plan: 'freelancer-basic' },
];

const NOT_WORD = /[^\p{L}\p{N}]+/u;

export function words(text: string): string[] {
  return text.toLowerCase().split(NOT_WORD).filter(Boolean);
}

const phraseWords = new Map<string, string[]>();

/** Whether the phrase's words occur in order, side by side, each as a word's beginning. */
function hasPhrase(textWords: readonly string[], phrase: string): boolean {
  let pw = phraseWords.get(phrase);
  if (!pw) {
    pw = words(phrase);
    phraseWords.set(phrase, pw);
  }
  const n = pw.length;
  for (let i = 0; i + n <= textWords.length; i += 1) {
    let all = true;
    for (let j = 0; j < n && all; j += 1)
      all = (textWords[i + j] as string).startsWith(pw[j] as string);
    if (all) return true;
  }
  return false;
}

export function firstMatch<T extends { phrases: readonly string[] }>(
  rules: readonly T[],
  text: string,
): T | undefined {
  const textWords = words(text);
  return rules.find((rule) => rule.phrases.some((phrase) => hasPhrase(textWords, phrase)));
}

const actionCache = new Map<string, ActionRule | null>();

/**
 * The rule for an action text, cached: a file repeats a handful of action texts. Only texts
 * within an action's limit are kept, so a file's long texts (up to a 1 MB line) never stay in
 * memory, whichever reader asks.
 */
export function matchAction(text: string): ActionRule | null {
  let rule = actionCache.get(text);
  if (rule === undefined) {
    rule = firstMatch(ACTION_RULES, text) ?? null;
    if (actionCache.size < 10_000 && text.length <= TEXT_LIMITS.action) actionCache.set(text, rule);
  }
  return rule;
}

export function bonusReasonOf(text: string): BonusReason | undefined {
  return firstMatch(BONUS_REASON_RULES, text)?.reason;
}

export function planOf(text: string): string | undefined {
  return firstMatch(PLAN_RULES, text)?.plan;
}
