/**
 * The parse-history command as a function of its arguments, so tests can run it in process:
 * a history file in, one JSON object (or one error line naming the file) out.
 */
import { failure, type CommandResult } from './commandResult';
import { readFileSync, statSync } from 'node:fs';
import { checkBytes, checkImportSize, ParseError } from '../import/errors';
import { canonicalEvent } from '../import/ledger';
import { parseHistory } from '../import/parseHistory';
import { reconcile } from '../import/reconcile';
import type { ParseResult } from '../import/types';

function readText(file: string): string {
  checkImportSize(statSync(file).size);
  const bytes = readFileSync(file);
  checkBytes(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** The printed object: events in the rules' shape plus where they came from. */
function output(result: ParseResult): unknown {
  const account = result.account;
  const checks = account
    ? reconcile(result, { ...account, startingBalance: result.startingBalance ?? 0 }).rows
    : [];
  return {
    format: result.format,
    events: result.events.map((e) => ({
      ...canonicalEvent(e),
      line: e.line,
      details: e.details,
      key: e.key,
    })),
    // An outcomes file (outcomes.md §6) adds no event: its rows name proposals to update.
    ...(result.outcomeRows ? { outcomeRows: result.outcomeRows } : {}),
    platformRows: checks.map((r) => ({
      line: r.line,
      date: r.date,
      kind: r.kind,
      connects: r.connects,
      details: r.details,
      expected: r.expected,
      difference: r.difference,
    })),
    reportedBalance: result.reportedBalance,
    startingBalance: result.startingBalance,
    problems: result.problems.map(({ line, message }) => ({ line, message })),
  };
}

export function runParseHistoryCommand(argv: readonly string[]): CommandResult {
  const file = argv[0];
  if (!file || argv.length > 1) return failure('usage: npm run --silent parse-history -- FILE');
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    if (error instanceof ParseError) return failure(`${file}: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (code ?? String(error));
    return failure(`${file}: cannot read the file (${why})`);
  }
  let result: ParseResult;
  try {
    result = parseHistory(text);
  } catch (error) {
    if (error instanceof ParseError) return failure(`${file}: ${error.message}`);
    throw error;
  }
  return { code: 0, stdout: `${JSON.stringify(output(result), null, 2)}\n`, stderr: '' };
}
