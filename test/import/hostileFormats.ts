/** The same history in other shapes than the samples', for the cross-format tests. */
import { parseHistory } from '../../src/import/parseHistory';

const WORDS: Record<string, string> = {
  'Applied to job': 'Proposal submitted',
  'Boosted proposal': 'Boost',
  'Added extra Connects': 'Bought Connects',
  'Refunded Connects': 'Refund',
  'Bonus Connects': 'Bonus',
  'Monthly Connects': 'Monthly allotment',
};

/**
 * The sample CSV as another user keeps it: other column names and order, other words for
 * the actions, day-first dates, semicolons, a Unicode minus and untidy spacing. Its rows'
 * keys differ from the page's; their content does not.
 */
export function userCsv(sampleCsv: string): string {
  const [, ...lines] = sampleCsv.trim().split('\n');
  const out = ['Kind;Job;When;Change'];
  for (const line of lines) {
    const [date = '', action = '', details = '', amount = ''] = line.split(',');
    const [y, m, d] = date.split('-');
    out.push(
      [
        WORDS[action] ?? action,
        `  ${details.toUpperCase()} `,
        `${d}.${m}.${y}`,
        amount.replace('-', '\u2212'),
      ].join(';'),
    );
  }
  return `${out.join('\r\n')}\r\n`;
}

/** How many entries an app CSV holds. */
export const exportedEntries = (csv: string): number => parseHistory(csv).events.length;
