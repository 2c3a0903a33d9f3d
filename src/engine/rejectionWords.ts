/** Every reason the rules refuse an entry, in words (one place, so the wording stays consistent). */
import type { EntryLike } from './entryWords';
import type { Rejection, RejectionCode, Warning } from './types';
import { planName } from './words';

export interface RejectionContext {
  entry: Pick<EntryLike, 'type' | 'ref' | 'plan'>;
  /** The plan and era in force on the entry's date. */
  plan?: string;
  eraName?: string;
  accountStart: string;
}

type Wording = (r: Rejection, c: RejectionContext) => string;

const WORDING: Record<RejectionCode, Wording> = {
  'insufficient-balance': (r) =>
    r.needed !== undefined && r.held !== undefined
      ? `Not enough Connects: ${r.needed} needed, ${r.held} held`
      : 'Not enough Connects',
  'purchase-not-allowed': (_r, c) =>
    `Buying Connects is not allowed on ${c.plan ? planName(c.plan) : 'this plan'} in this era${
      c.eraName ? ` (${c.eraName})` : ''
    }`,
  'over-max-balance': (r) =>
    r.limit !== undefined
      ? `Over the maximum balance of ${r.limit}${
          r.held !== undefined && r.needed !== undefined
            ? `: ${r.held} held + ${r.needed} bought = ${r.held + r.needed}`
            : ''
        }`
      : 'Over the maximum balance',
  'no-interview-bonus': () =>
    'This era gives no fixed interview bonus: enter the Connects received',
  'refund-without-spend': (_r, c) => `No earlier proposal '${c.entry.ref ?? ''}' to refund`,
  'over-refund': (r) =>
    r.held === 0
      ? 'Nothing left to refund on this proposal'
      : r.needed !== undefined && r.held !== undefined
        ? `More than was spent on this proposal: ${r.needed} refunded, ${r.held} left to refund`
        : 'More than was spent on this proposal',
  'unknown-plan': (_r, c) =>
    `There is no plan '${planName(c.entry.plan ?? '')}' in this era${c.eraName ? ` (${c.eraName})` : ''}`,
  'before-start': (_r, c) => `Before the account start (${c.accountStart})`,
  'unknown-type': () => 'An entry type the rules do not know',
  'invalid-event': () => 'Incomplete: a field is missing or not a valid number',
};

export function rejectionText(rejection: Rejection, context: RejectionContext): string {
  return WORDING[rejection.code](rejection, context);
}

export function warningText(warning: Warning): string {
  return `Interview bonus over the 7-day cap: only ${warning.applied} given`;
}
