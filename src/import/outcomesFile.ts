/**
 * The rows of an outcomes file (outcomes.md §6): a date, the job's details (or ref) and its
 * outcome cells. A row that cannot be read is a problem naming its line and field, as in a
 * history; the rest of the file is still read.
 */
import type { RawRow } from './classify';
import type { DateReader } from './dateText';
import { checkLimit } from './limits';
import { readOutcomeCells } from './outcomeRow';
import type { OutcomeRow, ParseProblem } from './types';
import { clean } from './values';

export interface OutcomeRowsRead {
  rows: OutcomeRow[];
  problems: ParseProblem[];
}

export function readOutcomeRows(raw: readonly RawRow[], dates: DateReader): OutcomeRowsRead {
  const rows: OutcomeRow[] = [];
  const problems: ParseProblem[] = [];
  for (const r of raw) {
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
  return { rows, problems };
}
