/**
 * The rows of an outcomes file (outcomes.md §6): a date, the job's details (or ref) and its
 * outcome cells. A row that cannot be read is a problem naming its line and field, as in a
 * history; the rest of the file is still read. Rows whose action column names something other
 * than a proposal are left out.
 */
import { matchAction } from './actions';
import type { RawRow } from './classify';
import type { DateReader } from './dateText';
import { checkLimit } from './limits';
import { readOutcomeCells } from './outcomeRow';
import type { OutcomeRow, ParseProblem } from './types';
import { clean } from './values';

export interface OutcomeRowsRead {
  rows: OutcomeRow[];
  problems: ParseProblem[];
  /** Rows whose action names no proposal (a boost, a refund, a purchase): left out. */
  notProposals: number;
}

export function readOutcomeRows(raw: readonly RawRow[], dates: DateReader): OutcomeRowsRead {
  const rows: OutcomeRow[] = [];
  const problems: ParseProblem[] = [];
  let notProposals = 0;
  for (const r of raw) {
    // A history read as outcomes (its Connects column set to none) still has its other rows:
    // a boost's row names the same job as its proposal, and would make both ambiguous.
    const action = clean(r.action);
    if (action !== '') {
      const kind = matchAction(action)?.kind;
      if (kind !== undefined && kind !== 'proposal') {
        notProposals += 1;
        continue;
      }
    }
    const fail = (message: string): void => {
      problems.push({
        line: r.line,
        message,
        text: r.text ?? r.cells?.join(r.delimiter ?? ',') ?? '',
      });
    };
    const dateText = r.date.trim();
    if (dateText === '') {
      fail('the row has no date');
      continue;
    }
    const date = dates.read(dateText);
    if (date === null) {
      fail(`"${dateText}" is not a date`);
      continue;
    }
    const details = clean(r.details);
    const ref = r.ref === undefined ? '' : clean(r.ref);
    const tooLong = checkLimit('details', 'details', details) ?? checkLimit('ref', 'ref', ref);
    if (tooLong !== null) {
      fail(tooLong);
      continue;
    }
    if (details === '' && ref === '') {
      fail('the row names no job (its details are empty)');
      continue;
    }
    const read = readOutcomeCells(r.outcome ?? {}, r.outcomeNames);
    if (!read.ok) {
      fail(read.message);
      continue;
    }
    const row: OutcomeRow = { line: r.line, date, details, outcome: read.outcome };
    if (ref !== '') row.ref = ref;
    rows.push(row);
  }
  return { rows, problems, notProposals };
}
