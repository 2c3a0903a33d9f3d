/**
 * What the Proposals page works from, built once per read of the ledger and its outcomes: the
 * ledger replayed, its proposals collected once (the statistics of any range are then one pass
 * over them), the open ones, and how to reach a proposal's entry and outcome for a command.
 */
import type { ProposalEntry } from '../../commands';
import { collectProposals, openProposals, replay } from '../../engine';
import type { OpenProposal, ProposalLedger, ReplayInput, SpendKind } from '../../engine';
import type { ProposalsRead } from '../../read';
import { proposalInput } from '../../read/replay';

export interface ProposalsModel {
  today: string;
  /** The replay's input: the account and era settings (an interview bonus's era) and events. */
  input: ReplayInput;
  ledger: ProposalLedger;
  /** Open proposals, oldest first. */
  open: OpenProposal[];
  /** The id of the entry the event at `index` was read from. */
  idAt: (index: number) => number;
  /** The proposal at `index` as the commands take it. */
  entryAt: (index: number) => ProposalEntry;
}

export type Built = { model: ProposalsModel; error: null } | { model: null; error: string };

function buildModel(read: ProposalsRead, today: string): ProposalsModel | null {
  const { ledger, outcomes } = read;
  const { account, events } = ledger;
  if (!account) return null;
  const { input, outcomeOf } = proposalInput({ ...ledger, account }, outcomes);
  const collected = collectProposals(input, replay(input), outcomeOf);
  const idAt = (index: number): number => events.idAt(index);
  return {
    today,
    input,
    ledger: collected,
    open: openProposals(collected.proposals, today),
    idAt,
    entryAt: (index) => {
      const event = input.events[index] as {
        date: string;
        kind?: SpendKind;
        ref?: string;
        connects?: number;
        boost?: number;
      };
      const entry: ProposalEntry = { id: idAt(index), date: event.date, type: 'spend' };
      if (event.kind !== undefined) entry.kind = event.kind;
      if (event.ref !== undefined) entry.ref = event.ref;
      if (event.connects !== undefined) entry.connects = event.connects;
      if (event.boost !== undefined) entry.boost = event.boost;
      return entry;
    },
  };
}

/**
 * Built once per read and day, outside React's state: a render React throws away does not
 * build it again on its next attempt (as the dashboard's model).
 */
const builtFor = new WeakMap<ProposalsRead, { day: string; built: Built | null }>();

export function buildProposals(read: ProposalsRead, today: string): Built | null {
  const known = builtFor.get(read);
  if (known?.day === today) return known.built;
  let built: Built | null;
  try {
    const model = buildModel(read, today);
    built = model && { model, error: null };
  } catch (e) {
    built = { model: null, error: e instanceof Error ? e.message : String(e) };
  }
  builtFor.set(read, { day: today, built });
  return built;
}
