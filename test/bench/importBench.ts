/** Parsing a 100,000-row history CSV into the import preview's data, for `npm run bench`. */
import { formatDay, parseIsoDate } from '../../src/engine/dates';
import { parseHistory } from '../../src/import/parseHistory';
import { median, timeIt } from './timing';

const ROWS = 100_000;
const JOBS = [
  'Senior React developer for a fintech dashboard',
  'Logo refresh for a bakery',
  'Fix CI pipeline in GitHub Actions',
  'Technical writer: API docs',
  'Python scraper for real-estate listings',
  'Shopify store speed audit',
  '"Quoted, with commas" landing page',
];

const cell = (text: string): string => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A deterministic CSV like the sample's (ISO dates, signed amounts, newest first) over ~5 years. */
export function hundredThousandRowCsv(): string {
  const start = parseIsoDate('2021-01-10') as number;
  const days = 5 * 365;
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const rows: string[] = [];
  const recent: string[] = new Array<string>(20).fill(JOBS[0] as string);
  let lastMonth = '';
  for (let i = 0; rows.length < ROWS; i += 1) {
    const date = formatDay(start + Math.floor((i * days) / ROWS));
    const month = date.slice(0, 7);
    if (month !== lastMonth && date.endsWith('-10')) {
      lastMonth = month;
      rows.push(`${date},Monthly Connects,Freelancer Plus membership,100`);
    }
    const job = `${JOBS[rand(JOBS.length)]} #${rand(1000)}`;
    const roll = rand(100);
    if (roll < 75) {
      rows.push(`${date},Applied to job,${cell(job)},-${2 + rand(15)}`);
      if (roll >= 45) rows.push(`${date},Boosted proposal,${cell(job)},-${1 + rand(20)}`);
      recent[rand(recent.length)] = job;
    } else if (roll < 85) rows.push(`${date},Added extra Connects,Purchased 80 Connects,80`);
    else if (roll < 95) {
      const refunded = `Job closed without hiring: ${recent[rand(recent.length)] ?? job}`;
      rows.push(`${date},Refunded Connects,${cell(refunded)},1`);
    } else rows.push(`${date},Bonus Connects,Rising Talent badge,30`);
  }
  // Newest first, as the platform lists them.
  return `Date,Action,Details,Connects\n${rows.slice(0, ROWS).reverse().join('\n')}\n`;
}

export function benchImportParse(): string[] {
  const csv = hundredThousandRowCsv();
  parseHistory(csv); // warm-up: the JIT's first pass is not what a user waits for twice
  const ms = median([1, 2, 3].map(() => timeIt(() => parseHistory(csv))));
  return [`import-100k-parse: ${ms.toFixed(1)} ms`];
}
