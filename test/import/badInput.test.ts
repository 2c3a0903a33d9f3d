import { describe, expect, it } from 'vitest';
import {
  checkBytes,
  checkImportSize,
  checkText,
  MAX_IMPORT_BYTES,
  ParseError,
} from '../../src/import/errors';
import { parseHistory } from '../../src/import/parseHistory';

const fails = (run: () => unknown, message: RegExp): void => {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ParseError);
  expect((error as ParseError).message).toMatch(message);
};

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const latin1 = (data: Uint8Array): string => String.fromCharCode(...data);
const utf8 = (data: Uint8Array): string => new TextDecoder().decode(data);

const HEAD = 'Connects History\nMy balance\n10 Connects\nDate\tAction\tDetails\tConnects\n';
const problemsOf = (rows: string): { line: number; message: string }[] =>
  parseHistory(HEAD + rows).problems.map(({ line, message }) => ({ line, message }));

describe('files that cannot be read at all', () => {
  it.each([
    ['an xlsx (zip)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0), /zip archive or an Excel/],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), /PNG image/],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), /JPEG image/],
    ['an old xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1), /Excel \(\.xls\)/],
    ['NUL bytes', bytes(0x61, 0x62, 0, 0x63), /not text \(a NUL byte at offset 2\)/],
  ])('%s is refused by its bytes and as decoded text', (_name, data, message) => {
    fails(() => checkBytes(data), message);
    fails(() => parseHistory(latin1(data)), message);
    // UTF-8 decoding loses some signatures' bytes: what is left is still not text.
    fails(() => parseHistory(utf8(data)), new RegExp(`${message.source}|not text`));
  });

  it('plain text passes the byte check', () => {
    expect(() => checkBytes(new TextEncoder().encode('Date,Action\n'))).not.toThrow();
    expect(() => checkText('Date,Action\n')).not.toThrow();
  });

  it.each([
    ['empty', ''],
    ['only spaces and newlines', ' \n\r\n\t \n'],
    ['only a BOM', '\uFEFF'],
  ])('%s text is refused', (_name, text) => {
    fails(() => parseHistory(text), /the file is empty/);
  });

  it('a size over the limit is refused, naming both sizes', () => {
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    expect(() => checkImportSize(MAX_IMPORT_BYTES)).not.toThrow();
    fails(
      () => checkImportSize(MAX_IMPORT_BYTES + 1),
      /too big \(50\.0 MB; the limit is 50\.0 MB\)/,
    );
    fails(() => checkImportSize(80 * 1024 * 1024), /too big \(80\.0 MB/);
    fails(() => parseHistory('a'.repeat(MAX_IMPORT_BYTES + 1)), /too long/);
  });

  it('a CSV without a date column, or without an amount column, is refused naming its columns', () => {
    fails(
      () => parseHistory('Action,Details,Connects\nApplied,Logo,-4\n'),
      /no date column \(columns: "Action", "Details", "Connects"\)/,
    );
    fails(
      () => parseHistory('Date;Action;Details\n2026-01-02;Applied;Logo\n'),
      /no Connects amount column \(columns: "Date", "Action", "Details"\)/,
    );
  });

  it('a JSON file is sent to the backup restore', () => {
    fails(() => parseHistory('{"app":"connects-budget"}'), /JSON file.*backup/);
  });

  it('bad options are refused', () => {
    fails(() => parseHistory('x', { cycleDay: 0 }), /cycle day 0/);
  });
});

describe('rows that cannot be read are problems, with their line; the rest is read', () => {
  it('unreadable dates', () => {
    expect(
      problemsOf('Nov 31, 2026\tApplied to job\tLogo\t-4\nSoon\tApplied to job\tLogo\t-4\n'),
    ).toEqual([
      { line: 5, message: '"Nov 31, 2026" is not a date' },
      { line: 6, message: '"Soon" is not a date' },
    ]);
    const csv = parseHistory(
      'Date,Action,Details,Connects\n2026-02-30,Applied to job,Logo,-4\n2026-02-03,Applied to job,Logo,-4\n',
    );
    expect(csv.problems).toEqual([
      { line: 2, message: '"2026-02-30" is not a date', text: '2026-02-30,Applied to job,Logo,-4' },
    ]);
    expect(csv.events).toHaveLength(1);
  });

  it('amounts that are not whole numbers, or not believable', () => {
    expect(
      problemsOf(
        'Nov 3, 2026\tApplied to job\tLogo\t-4.5\nNov 2, 2026\tAdded extra Connects\tBought\t+20000\nNov 1, 2026\tApplied to job\tLogo\t-4\n',
      ),
    ).toEqual([
      { line: 5, message: '-4.5 is not a whole number of Connects' },
      { line: 6, message: '+20000 Connects in one row is not believable (more than 10,000)' },
    ]);
  });

  it('an amount that is no number, a missing amount, a sign against the action', () => {
    expect(
      problemsOf(
        [
          'Nov 4, 2026\tApplied to job\tLogo\tmany',
          'Nov 3, 2026\tApplied to job\tLogo\t',
          'Nov 2, 2026\tApplied to job\tLogo\t+8',
          'Nov 1, 2026\tRefunded Connects\tJob closed: Logo\t-8',
        ].join('\n'),
      ),
    ).toEqual([
      { line: 5, message: '"many" is not an amount of Connects' },
      { line: 6, message: 'the row has no amount' },
      { line: 7, message: 'a proposal takes Connects, but the row shows +8' },
      { line: 8, message: 'a refund adds Connects, but the row shows -8' },
    ]);
  });

  it('an unknown action is a problem with its text; nothing is guessed', () => {
    const result = parseHistory(`${HEAD}Nov 2, 2026\tTeleported\tSomewhere\t-4\n`);
    expect(result.events).toEqual([]);
    expect(result.problems).toEqual([
      {
        line: 5,
        message: 'unknown action "Teleported"',
        text: 'Nov 2, 2026\tTeleported\tSomewhere\t-4',
      },
    ]);
  });

  it('a purchase or refund of 0 Connects', () => {
    expect(problemsOf('Nov 2, 2026\tAdded extra Connects\tPurchased\t0\n')).toEqual([
      { line: 5, message: 'a purchase of 0 Connects' },
    ]);
  });

  it('an unclosed quote in a CSV', () => {
    const result = parseHistory(
      'Date,Action,Details,Connects\n2026-01-02,Applied to job,"Logo,-4\n2026-01-03,Applied to job,Logo,-4\n',
    );
    expect(result.problems.some((p) => /quoted cell is not closed/.test(p.message))).toBe(true);
  });

  it('blocks with a missing amount or stray lines', () => {
    const text = [
      'Connects History',
      'My balance',
      '10 Connects',
      '',
      'Applied to job',
      'Logo',
      'Nov 3, 2026',
      '',
      'Random note',
      'Applied to job',
      'Logo',
      'Nov 2, 2026',
      '-4',
    ].join('\n');
    const result = parseHistory(text);
    expect(result.format).toBe('copied-blocks');
    expect(result.problems.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 5, message: 'a row with a date but no amount of Connects' },
      { line: 9, message: 'a line that is part of no row' },
    ]);
    expect(result.events).toMatchObject([{ date: '2026-11-02', connects: 4, line: 10 }]);
  });
});
