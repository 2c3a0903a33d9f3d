import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, rmSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runParseHistoryCommand } from '../../src/cli/parseHistoryCommand';
import { MAX_IMPORT_BYTES } from '../../src/import/errors';
import { samplePath, SAMPLES } from './sampleFiles';

const dir = mkdtempSync(join(tmpdir(), 'parse-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Uint8Array): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

interface Output {
  format: string;
  events: Record<string, unknown>[];
  platformRows: Record<string, unknown>[];
  reportedBalance: number | null;
  startingBalance: number | null;
  problems: { line: number; message: string }[];
}

const run = (file: string): Output => {
  const result = runParseHistoryCommand([file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Output;
};

describe('parse-history command', () => {
  it.each(Object.values(SAMPLES))('prints %s as one JSON object', (name) => {
    const out = run(samplePath(name));
    expect(Object.keys(out)).toEqual([
      'format',
      'events',
      'platformRows',
      'reportedBalance',
      'startingBalance',
      'problems',
    ]);
    expect(out.events).toHaveLength(50);
    expect(Object.keys(out.events[1] ?? {})).toEqual([
      'date',
      'type',
      'connects',
      'boost',
      'ref',
      'line',
      'details',
      'key',
    ]);
    expect(out.platformRows[0]).toMatchObject({
      line: expect.any(Number),
      kind: 'monthly',
      connects: 100,
      expected: 100,
      difference: 0,
    });
    expect(out.problems).toEqual([]);
    const copied = name !== SAMPLES.csv;
    expect(out.reportedBalance).toBe(copied ? 108 : null);
    expect(out.startingBalance).toBe(copied ? 60 : null);
  });

  it('lists row problems with their lines and still exits 0', () => {
    const file = write(
      'some-bad.txt',
      'Date\tAction\tDetails\tConnects\nNov 2, 2026\tTeleported\tX\t-4\nNov 1, 2026\tApplied to job\tLogo\t-4\n',
    );
    const out = run(file);
    expect(out.problems).toEqual([{ line: 2, message: 'unknown action "Teleported"' }]);
    expect(out.events).toHaveLength(1);
  });

  const unreadable: [string, () => string, RegExp][] = [
    [
      'a missing file',
      () => join(dir, 'nope.txt'),
      /nope\.txt: cannot read the file \(no such file\)/,
    ],
    [
      'a PNG',
      () =>
        write('pic.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
      /pic\.png: this is a PNG image, not text/,
    ],
    [
      'an xlsx',
      () => write('book.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])),
      /book\.xlsx: this is a zip archive or an Excel/,
    ],
    ['an empty file', () => write('empty.txt', ''), /empty\.txt: the file is empty/],
    [
      'a file over the size limit',
      () => {
        const file = join(dir, 'huge.csv');
        const fd = openSync(file, 'w');
        ftruncateSync(fd, MAX_IMPORT_BYTES + 1);
        closeSync(fd);
        return file;
      },
      /huge\.csv: the file is too big \(50\.0 MB; the limit is 50\.0 MB\)/,
    ],
    [
      'a CSV without a date column',
      () => write('nodate.csv', 'Action,Connects\nApplied,-4\n'),
      /nodate\.csv: the CSV has no date column/,
    ],
    [
      'a CSV without an amount column',
      () => write('noamount.csv', 'Date,Action\n2026-01-02,Applied\n'),
      /noamount\.csv: the CSV has no Connects amount column/,
    ],
  ];
  it.each(unreadable)(
    '%s: exit 2, one line on stderr naming the file, nothing on stdout',
    (_name, make, message) => {
      const file = make();
      const result = runParseHistoryCommand([file]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr.endsWith('\n')).toBe(true);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr.startsWith(file)).toBe(true);
    },
  );

  it('needs exactly one file', () => {
    expect(runParseHistoryCommand([])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^usage:/),
    });
  });

  it('runs as `npm run --silent parse-history`', () => {
    const root = resolve(import.meta.dirname, '../..');
    const ok = spawnSync(
      'npm',
      ['run', '--silent', 'parse-history', '--', samplePath(SAMPLES.rows)],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as Output).startingBalance).toBe(60);
    const bad = spawnSync(
      'npm',
      ['run', '--silent', 'parse-history', '--', join(dir, 'nope.txt')],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/nope\.txt: cannot read the file/);
  }, 30_000);
});
