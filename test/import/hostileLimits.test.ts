/**
 * Hostile input, in the parsers and the backup reader: every text and number has a limit
 * (src/import/limits.ts), a row over one is a problem naming its line and field, a file of an
 * absurd shape or a backup over a limit is refused with the field named, and quickly.
 */
import { describe, expect, it } from 'vitest';
import { APP_CSV_COLUMNS } from '../../src/import/appCsv';
import { parseBackup, toBackupJson, type BackupData } from '../../src/import/backup';
import { ParseError } from '../../src/import/errors';
import {
  checkLimit,
  MAX_COLUMNS,
  MAX_LINE_CHARS,
  NUMBER_LIMITS,
  TEXT_LIMITS,
} from '../../src/import/limits';
import { parseHistory } from '../../src/import/parseHistory';

/** The ParseError a call throws (fails the test when it throws none or another error). */
function refusal(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error('expected a refusal, but the input was accepted');
}

/** Milliseconds a call takes: refusals must not make the user wait. */
function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const long = (limit: number): string => 'x'.repeat(limit + 1);
const PAGE = 'Connects History\nMy balance\n10 Connects\nDate\tAction\tDetails\tConnects\n';
const problems = (text: string) =>
  parseHistory(text).problems.map(({ line, message }) => ({ line, message }));

describe('the limits table and its checker', () => {
  it('names the field and the limit, and lets the limit itself through', () => {
    const max = TEXT_LIMITS.details;
    expect(checkLimit('entries[0].details', 'details', 'x'.repeat(max))).toBeNull();
    expect(checkLimit('entries[0].details', 'details', long(max))).toBe(
      'entries[0].details: too long: at most 500 characters',
    );
    expect(checkLimit('connects', 'connects', NUMBER_LIMITS.connects)).toBeNull();
    expect(checkLimit('connects', 'connects', 1e308)).toBe('connects: too large: at most 10,000');
    expect(checkLimit('connects', 'connects', Infinity)).toBe(
      'connects: too large: at most 10,000',
    );
    expect(checkLimit('connects', 'connects', -10_000, true)).toBeNull();
    expect(checkLimit('connects', 'connects', -10_001, true)).toBe(
      'connects: too small: at least −10,000',
    );
    // Another type is the field's own schema's business.
    expect(checkLimit('connects', 'connects', 'many')).toBeNull();
    expect(checkLimit('details', 'details', 42)).toBeNull();
  });

  it('has a limit for every text the app keeps, tags as the outcomes contract says', () => {
    expect(TEXT_LIMITS.tag).toBe(40);
    for (const field of ['details', 'ref', 'note', 'eraId', 'eraName', 'planId', 'fileName']) {
      expect(TEXT_LIMITS).toHaveProperty(field);
    }
    expect(TEXT_LIMITS.headerCell).toBeLessThan(MAX_LINE_CHARS);
  });
});

describe('a row over a limit is a problem naming its line and field; the rest is read', () => {
  const job = long(TEXT_LIMITS.details);

  it('in a copied page (rows)', () => {
    const text = `${PAGE}Nov 3, 2026\tApplied to job\t${job}\t-8\nNov 2, 2026\tApplied to job\tLogo\t-4\n`;
    expect(problems(text)).toEqual([
      { line: 5, message: 'details: too long: at most 500 characters' },
    ]);
    expect(parseHistory(text).events).toHaveLength(1);
  });

  it('in a copied page (one cell per line)', () => {
    const text = `Connects History\nMy balance\n10 Connects\n\n${long(TEXT_LIMITS.action)}\nLogo\nNov 3, 2026\n-8\n\nApplied to job\n${job}\nNov 2, 2026\n-4\n\nApplied to job\nLogo\nNov 1, 2026\n-4\n`;
    expect(problems(text)).toEqual([
      { line: 5, message: 'action: too long: at most 200 characters' },
      { line: 10, message: 'details: too long: at most 500 characters' },
    ]);
    expect(parseHistory(text).events).toHaveLength(1);
  });

  it('in a CSV: details, action, ref and price', () => {
    const text = [
      'Date,Action,Details,Connects,Ref,Cost',
      `2026-11-01,Applied to job,${job},-8,,`,
      `2026-11-02,${long(TEXT_LIMITS.action)},Logo,-8,,`,
      `2026-11-03,Applied to job,Logo,-8,${long(TEXT_LIMITS.ref)},`,
      '2026-11-04,Bought Connects,80 Connects,80,,20000',
      '2026-11-05,Applied to job,Logo,-8,,',
    ].join('\n');
    expect(problems(text)).toEqual([
      { line: 2, message: 'details: too long: at most 500 characters' },
      { line: 3, message: 'action: too long: at most 200 characters' },
      { line: 4, message: 'ref: too long: at most 500 characters' },
      { line: 5, message: 'usd: too large: at most 10,000' },
    ]);
    expect(parseHistory(text).events).toHaveLength(1);
  });

  it("in the app's own CSV: every text column, and numbers too large to be Connects", () => {
    const head = APP_CSV_COLUMNS.join(',');
    const text = [
      head,
      `2026-11-01,spend,8,,,,,,,${job}`,
      `2026-11-02,spend,8,,,,${long(TEXT_LIMITS.ref)},,,`,
      `2026-11-03,adjust,-5,,,,,${long(TEXT_LIMITS.note)},,`,
      `2026-11-04,plan,,,,,,,${long(TEXT_LIMITS.planId)},`,
      `2026-11-05,spend,1${'0'.repeat(400)},,,,,,,`,
      `2026-11-06,adjust,-20000,,,,,,,`,
      `2026-11-07,purchase,80,,99999,,,,,`,
      `2026-11-08,spend,${'0'.repeat(5000)}8,,,,,,,Logo`,
      `2026-11-09,spend,8,,,,,,,Site,,"{""stage"":""hired"",""earnedUsd"":1e308}"`,
    ].join('\n');
    expect(problems(text)).toEqual([
      { line: 2, message: 'details: too long: at most 500 characters' },
      { line: 3, message: 'ref: too long: at most 500 characters' },
      { line: 4, message: 'note: too long: at most 500 characters' },
      { line: 5, message: 'plan: too long: at most 64 characters' },
      { line: 6, message: 'connects: too large: at most 10,000' },
      { line: 7, message: 'connects: too small: at least −10,000' },
      { line: 8, message: 'usd: too large: at most 10,000' },
      { line: 10, message: 'outcome.earnedUsd: too large: at most 10,000,000' },
    ]);
    // Leading zeros are the same number, and do not make the row's key long.
    const [event] = parseHistory(text).events;
    expect(event).toMatchObject({ type: 'spend', connects: 8, details: 'Logo' });
    expect((event?.key ?? '').length).toBeLessThan(100);
  });

  it('a price read from a purchase’s text is left out when absurd, not stored', () => {
    const text = `${PAGE}Nov 3, 2026\tPurchased Connects\t80 Connects for $99999999\t+80\n`;
    const [event] = parseHistory(text).events;
    expect(event).toMatchObject({ type: 'purchase', connects: 80 });
    expect(event).not.toHaveProperty('usd');
  });

  it('a page balance no account holds is a problem, not the balance to reach', () => {
    const text = `Connects History\nMy balance\n999,999 Connects\nDate\tAction\tDetails\tConnects\nNov 3, 2026\tApplied to job\tLogo\t-8\n`;
    const result = parseHistory(text);
    expect(result.reportedBalance).toBeNull();
    expect(problems(text)).toEqual([
      { line: 3, message: 'My balance: too large: at most 100,000' },
    ]);
  });
});

describe('a file of an absurd shape is refused as a whole, quickly', () => {
  it('a line over 1 MB, whatever the format', () => {
    const huge = 'a'.repeat(MAX_LINE_CHARS + 1);
    for (const text of [
      `Date,Action,Details,Connects\n2026-11-01,Applied,${huge},-8\n`,
      `${PAGE}Nov 3, 2026\tApplied to job\t${huge}\t-8\n`,
      `${APP_CSV_COLUMNS.join(',')}\r2026-11-01,spend,8,,,,,,,${huge}\r`,
    ]) {
      let error: ParseError | undefined;
      const ms = timed(() => {
        error = refusal(() => parseHistory(text));
      });
      expect(error?.message).toMatch(
        /^line [25] is too long: at most 1,048,576 characters \(1 MB\) per line/,
      );
      expect(ms).toBeLessThan(1000);
    }
  });

  it('a line of exactly 1 MB is still read', () => {
    const text = `Date,Action,Details,Connects\n2026-11-01,Applied to job,Logo,-8${' '.repeat(MAX_LINE_CHARS - 33)}\n`;
    expect(text.split('\n')[1]).toHaveLength(MAX_LINE_CHARS);
    expect(parseHistory(text).events).toHaveLength(1);
  });

  it('a CSV with 200,000 columns, before the rest is split into cells', () => {
    // 400 kB a line: under the line limit, so the columns are what is refused.
    const header = Array.from({ length: 200_000 }, () => 'c').join(',');
    const row = Array.from({ length: 200_000 }, () => '1').join(',');
    const text = `${header}\n${`${row}\n`.repeat(20)}`;
    let error: ParseError | undefined;
    const ms = timed(() => {
      error = refusal(() => parseHistory(text));
    });
    expect(error?.message).toBe(
      'line 1 has 200,000 columns: at most 1,000, so this is not a history',
    );
    expect(ms).toBeLessThan(1500);
  });

  it('a CSV one column over the limit; at the limit it is read, its columns mapped', () => {
    const csv = (width: number): string => {
      const extra = Array.from({ length: width - 4 }, (_, i) => `extra ${i}`);
      const blanks = extra.map(() => '');
      return [
        ['Date', 'Action', 'Details', 'Connects', ...extra].join(','),
        ['2026-11-01', 'Applied to job', 'Logo', '-8', ...blanks].join(','),
      ].join('\n');
    };
    expect(refusal(() => parseHistory(csv(MAX_COLUMNS + 1))).message).toBe(
      'line 1 has 1,001 columns: at most 1,000, so this is not a history',
    );
    const result = parseHistory(csv(MAX_COLUMNS));
    expect(result.csv?.header).toHaveLength(MAX_COLUMNS);
    expect(result.events).toHaveLength(1);
  });

  it('a later CSV row with too many columns names its line', () => {
    const text = `Date,Action,Details,Connects\n2026-11-01,Applied,Logo,-8\n${'1,'.repeat(2000)}1\n`;
    expect(refusal(() => parseHistory(text)).message).toBe(
      'line 3 has 2,001 columns: at most 1,000, so this is not a history',
    );
  });

  it('a copied page with a row of more than 1,000 cells', () => {
    const text = `${PAGE}Nov 3, 2026\tApplied to job\tLogo\t-8${'\tx'.repeat(MAX_COLUMNS)}\n`;
    expect(refusal(() => parseHistory(text)).message).toBe(
      'line 5 has more than 1,000 cells: this is not a history',
    );
  });

  it('a CSV header cell over its limit names the column', () => {
    const text = `Date,Action,${long(TEXT_LIMITS.headerCell)},Connects\n2026-11-01,Applied,Logo,-8\n`;
    expect(refusal(() => parseHistory(text)).message).toBe(
      'column 3 of the header: too long: at most 200 characters',
    );
  });

  it('a refusal that lists the columns of a wide CSV names a few and counts the rest', () => {
    const names = Array.from({ length: 400 }, (_, i) => `name ${i}`);
    const text = `${names.join(',')}\nfoo,bar\n`;
    const { message } = refusal(() => parseHistory(text));
    expect(message).toMatch(/^the CSV has no date column \(columns: "name 0", .*, and 388 more\)$/);
  });
});

const base: BackupData = {
  exportedAt: '2026-11-20T10:00:00.000Z',
  account: {
    plan: 'freelancer-plus',
    cycleDay: 10,
    start: '2026-08-10',
    startingBalance: 60,
    era: 'auto',
  },
  entries: [
    {
      date: '2026-08-10',
      type: 'spend',
      connects: 4,
      ref: 'Logo',
      details: 'Logo',
      order: 0,
      batchId: 1,
      key: 'k1',
    },
    { date: '2026-08-13', type: 'adjust', connects: -3, note: 'fix', order: 1 },
  ],
  batches: [
    {
      id: 1,
      importedAt: '2026-11-20T09:00:00.000Z',
      fileName: 'history.txt',
      rowCount: 1,
      format: 'copied-rows',
    },
  ],
  customEras: [],
};
const backupJson = (): Record<string, unknown> =>
  JSON.parse(toBackupJson(base)) as Record<string, unknown>;

type Key = string | number;
/** Sets the value at a path of a parsed backup, making objects on the way. */
function setAt(root: Record<string, unknown>, path: readonly Key[], value: unknown): void {
  let at = root as Record<Key, unknown>;
  for (const key of path.slice(0, -1)) {
    at[key] ??= {};
    at = at[key] as Record<Key, unknown>;
  }
  at[path.at(-1) as Key] = value;
}
/** The backup as file text, with values set at paths. */
const withValues = (...changes: [readonly Key[], unknown][]): string => {
  const b = backupJson();
  for (const [path, value] of changes) setAt(b, path, value);
  return JSON.stringify(b);
};

const ERA = {
  id: 'mine',
  name: 'Mine',
  from: '2026-01-01',
  lotLifetime: null,
  interviewBonus: null,
  plans: {
    'freelancer-plus': {
      monthlyFeeUsd: 14.99,
      allotment: 100,
      rolloverCap: 300,
      maxBalance: null,
      canPurchase: true,
      pricePerConnectUsd: 0.15,
    },
  },
};
const PLUS = ['customEras', 0, 'plans', 'freelancer-plus'];

describe('a backup over a limit is refused, naming the field', () => {
  it.each<[string, readonly Key[], unknown, string]>([
    [
      'details',
      ['entries', 0, 'details'],
      long(500),
      'entries[0].details: too long: at most 500 characters',
    ],
    ['ref', ['entries', 0, 'ref'], long(500), 'entries[0].ref: too long: at most 500 characters'],
    [
      'note',
      ['entries', 1, 'note'],
      long(500),
      'entries[1].note: too long: at most 500 characters',
    ],
    [
      'key',
      ['entries', 0, 'key'],
      long(2000),
      'entries[0].key: too long: at most 2,000 characters',
    ],
    [
      'connects 1e308',
      ['entries', 0, 'connects'],
      1e308,
      'entries[0].connects: too large: at most 10,000',
    ],
    ['boost', ['entries', 0, 'boost'], 10_001, 'entries[0].boost: too large: at most 10,000'],
    [
      'a correction far below 0',
      ['entries', 1, 'connects'],
      -1e308,
      'entries[1].connects: too small: at least −10,000',
    ],
    [
      'account.plan',
      ['account', 'plan'],
      long(64),
      'account.plan: too long: at most 64 characters',
    ],
    ['account.era', ['account', 'era'], long(64), 'account.era: too long: at most 64 characters'],
    [
      'account.startingBalance',
      ['account', 'startingBalance'],
      1e12,
      'account.startingBalance: too large: at most 100,000',
    ],
    [
      'batches[0].fileName',
      ['batches', 0, 'fileName'],
      long(255),
      'batches[0].fileName: too long: at most 255 characters',
    ],
    [
      'batches[0].importedAt',
      ['batches', 0, 'importedAt'],
      `2026-11-20T09:00:00.000Z${' '.repeat(100)}`,
      'batches[0].importedAt: too long: at most 64 characters',
    ],
    ['exportedAt', ['exportedAt'], long(64), 'exportedAt: too long: at most 64 characters'],
    [
      'a tag',
      ['entries', 0, 'outcome'],
      { tags: [long(40)] },
      'entries[0].outcome.tags[0]: too long: at most 40 characters',
    ],
    [
      'eleven tags',
      ['entries', 0, 'outcome'],
      { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
      'entries[0].outcome.tags: at most 10 tags',
    ],
    [
      'earnings of 1e308',
      ['entries', 0, 'outcome'],
      { stage: 'hired', earnedUsd: 1e308 },
      'entries[0].outcome.earnedUsd: too large: at most 10,000,000',
    ],
    [
      'a client spend past any client',
      ['entries', 0, 'outcome'],
      { signals: { clientSpentUsd: 1_000_000_001 } },
      'entries[0].outcome.signals.clientSpentUsd: too large: at most 1,000,000,000',
    ],
    [
      'a job posted 1e308 days ago',
      ['entries', 0, 'outcome'],
      { signals: { postedDays: 1e308 } },
      'entries[0].outcome.signals.postedDays: too large: at most 100,000',
    ],
    [
      'kv[0].key',
      ['kv'],
      [{ key: long(1000), value: 1 }],
      'kv[0].key: too long: at most 1,000 characters',
    ],
    [
      'kv[0].value',
      ['kv'],
      [{ key: 'a', value: { list: Array<number>(6000).fill(1) } }],
      'kv[0].value: too large: at most 10,000 characters as JSON',
    ],
    [
      'an unknown field',
      ['entries', 0, 'later'],
      long(10_000),
      'entries[0].later: too long: at most 10,000 characters',
    ],
    [
      'an unknown field’s name',
      ['entries', 0, long(200)],
      1,
      'entries[0]: a field name is too long: at most 200 characters',
    ],
  ])('%s', (_what, path, value, message) => {
    expect(refusal(() => parseBackup(withValues([path, value]))).message).toBe(message);
  });

  it.each<[string, readonly Key[], unknown, string]>([
    ['id', ['customEras', 0, 'id'], long(64), 'customEras[0].id: too long: at most 64 characters'],
    [
      'name',
      ['customEras', 0, 'name'],
      long(100),
      'customEras[0].name: too long: at most 100 characters',
    ],
    [
      'source',
      ['customEras', 0, 'source'],
      long(500),
      'customEras[0].source: too long: at most 500 characters',
    ],
    [
      'plan id',
      ['customEras', 0, 'plans', long(64)],
      ERA.plans['freelancer-plus'],
      'customEras[0].plans: a plan id is too long: at most 64 characters',
    ],
    [
      'allotment',
      [...PLUS, 'allotment'],
      1e9,
      'customEras[0].plans.freelancer-plus.allotment: too large: at most 100,000',
    ],
    [
      'fee',
      [...PLUS, 'monthlyFeeUsd'],
      1e9,
      'customEras[0].plans.freelancer-plus.monthlyFeeUsd: too large: at most 10,000',
    ],
  ])('a custom era’s %s', (_what, path, value, message) => {
    const text = withValues([['customEras'], [structuredClone(ERA)]], [path, value]);
    expect(refusal(() => parseBackup(text)).message).toBe(message);
  });

  it('the same custom era within its limits is accepted', () => {
    const text = withValues([['customEras'], [ERA]]);
    expect(parseBackup(text).customEras[0]).toMatchObject({ id: 'mine' });
  });

  it('connects written as 1e400 (Infinity once read) is too large, not "expected a number"', () => {
    const text = JSON.stringify(backupJson()).replace('"connects":4', '"connects":1e400');
    expect(text).toContain('1e400');
    expect(refusal(() => parseBackup(text)).message).toBe(
      'entries[0].connects: too large: at most 10,000',
    );
  });

  it('a 42-million-character details text is refused in well under a second once read', () => {
    const text = withValues([['entries', 0, 'details'], 'x'.repeat(42_000_000)]);
    let error: ParseError | undefined;
    const ms = timed(() => {
      error = refusal(() => parseBackup(text));
    });
    expect(error?.message).toBe('entries[0].details: too long: at most 500 characters');
    expect(error?.field).toBe('entries[0].details');
    expect(ms).toBeLessThan(1500);
  });

  it('a backup at every limit exactly is accepted', () => {
    const text = withValues(
      [['entries', 0, 'details'], 'x'.repeat(500)],
      [['entries', 0, 'ref'], 'y'.repeat(500)],
      [['entries', 0, 'connects'], 10_000],
      [['entries', 0, 'boost'], 10_000],
      [['entries', 1, 'connects'], -10_000],
      [['entries', 1, 'note'], 'z'.repeat(500)],
      [['account', 'startingBalance'], 100_000],
      [['batches', 0, 'fileName'], 'f'.repeat(255)],
      [
        ['entries', 0, 'outcome'],
        {
          stage: 'hired',
          earnedUsd: 10_000_000,
          tags: Array.from({ length: 10 }, () => 't'.repeat(40)),
          signals: { clientSpentUsd: 1_000_000_000, postedDays: 100_000, interviewing: 100_000 },
        },
      ],
    );
    expect(parseBackup(text).entries[0]).toMatchObject({ connects: 10_000, boost: 10_000 });
  });

  it('a tag of 40 characters outside the Basic Multilingual Plane is kept (characters, not UTF-16 units)', () => {
    const tag = '😀'.repeat(40);
    const withTag = (t: string): BackupData => ({
      ...base,
      entries: [
        { date: '2026-08-10', type: 'spend', connects: 8, order: 0, outcome: { tags: [t] } },
      ],
    });
    expect(parseBackup(toBackupJson(withTag(tag))).entries[0]?.outcome).toEqual({ tags: [tag] });
    expect(refusal(() => parseBackup(toBackupJson(withTag(`${tag}😀`)))).message).toBe(
      'entries[0].outcome.tags[0]: too long: at most 40 characters',
    );
  });

  it('no backup is written that could not be restored', () => {
    const entries = [{ ...(base.entries[0] as BackupData['entries'][number]), details: long(500) }];
    expect(refusal(() => toBackupJson({ ...base, entries })).message).toBe(
      'entries[0].details: too long: at most 500 characters',
    );
  });
});

describe('prototype keys and nesting in a backup are inert', () => {
  it.each([
    ['at the top', '{"__proto__":{"polluted":1},', '__proto__: not allowed in a backup'],
    ['in an entry', null, 'entries[0].__proto__: not allowed in a backup'],
    ['as constructor.prototype', null, 'account.constructor: not allowed in a backup'],
    ['in a preference’s value', null, 'kv[0].value.__proto__: not allowed in a backup'],
  ])('%s: refused, nothing polluted', (what, prefix, message) => {
    let text = JSON.stringify(backupJson());
    if (prefix) text = text.replace('{', prefix);
    else if (what === 'in an entry') {
      text = text.replace('"connects":4', '"connects":4,"__proto__":{"boost":99999,"polluted":1}');
    } else if (what === 'as constructor.prototype') {
      text = text.replace(
        '"plan":"freelancer-plus"',
        '"plan":"freelancer-plus","constructor":{"prototype":{"polluted":1}}',
      );
    } else {
      text = text.replace(/}\s*$/, ',"kv":[{"key":"a","value":{"__proto__":{"polluted":1}}}]}');
    }
    expect(refusal(() => parseBackup(text)).message).toBe(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('boost');
  });

  it('nesting 100,000 levels deep is refused without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = JSON.stringify(backupJson()).replace(/}\s*$/, `,"later":${deep}}`);
    expect(refusal(() => parseBackup(text)).message).toMatch(
      /^later(\[0\])+: nested too deeply \(at most 32 levels\)$/,
    );
  });
});
