/**
 * The proposal-stats command (outcomes.md §5) as a function of its arguments, so tests can
 * run it in process: a scenario file or the app's JSON backup in, one JSON object with every
 * figure of §3 for all proposals and each group out, or one error line and exit status 2.
 */
import { parseIsoDate } from '../engine/dates';
import { FIGURE_NAMES, type ProposalFigures } from '../engine/outcomes/figures';
import { proposalStats, type ProposalStats, type StatsRange } from '../engine/outcomes/stats';
import { ReplayInputError, type ReplayInput } from '../engine/replay';
import { parseScenario, scenarioInput, ScenarioError } from '../engine/scenario';
import { BACKUP_APP, parseBackup } from '../import/backup';
import { backupReplayInput } from '../import/backupInput';
import { ParseError } from '../import/errors';
import { failure, readText, type CommandResult } from './commandResult';

const USAGE =
  'usage: npm run --silent proposal-stats -- FILE.json [--from YYYY-MM-DD] [--to YYYY-MM-DD]';

type Args = { file: string; range: StatsRange } | { error: string };

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  const range: StatsRange = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const option = /^--(from|to)(?:=(.*))?$/.exec(arg);
    if (option) {
      const name = option[1] as 'from' | 'to';
      const value = option[2] ?? argv[(i += 1)];
      if (value === undefined) return { error: `--${name} needs a date (YYYY-MM-DD); ${USAGE}` };
      if (parseIsoDate(value) === null) {
        return { error: `--${name}: "${value}" is not a date (YYYY-MM-DD)` };
      }
      if (range[name] !== undefined) return { error: `--${name} is given twice` };
      range[name] = value;
    } else if (arg.startsWith('-')) {
      return { error: `unknown option ${arg}; ${USAGE}` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { error: USAGE };
    }
  }
  if (file === undefined) return { error: USAGE };
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) {
    return { error: `--from ${range.from} is after --to ${range.to}` };
  }
  return { file, range };
}

/** A scenario file or a backup (told apart by the backup's `app` field) as the replay input. */
function readInput(text: string): ReplayInput {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ParseError(`bad JSON: ${(error as Error).message}`);
  }
  const app = (json as { app?: unknown } | null)?.app;
  if (app === BACKUP_APP) return backupReplayInput(parseBackup(text));
  return scenarioInput(parseScenario(json));
}

function pick(figures: ProposalFigures): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of FIGURE_NAMES) out[name] = figures[name];
  return out;
}

function pickAll<K extends string>(
  groups: Partial<Record<K, ProposalFigures>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, figures] of Object.entries(groups)) out[key] = pick(figures as ProposalFigures);
  return out;
}

/** The printed object: §5's groups, each with §3's figures by name and nothing else. */
export function statsOutput(stats: ProposalStats): unknown {
  return {
    overall: pick(stats.overall),
    boosted: pick(stats.boosted),
    notBoosted: pick(stats.notBoosted),
    byConnects: pickAll(stats.byConnects),
    byTag: pickAll(stats.byTag),
    byPaymentVerified: pickAll(stats.byPaymentVerified),
    byHireRate: pickAll(stats.byHireRate),
    byCycle: stats.byCycle.map((c) => ({ start: c.start, ...pick(c) })),
  };
}

export function runProposalStatsCommand(argv: readonly string[]): CommandResult {
  const args = parseArgs(argv);
  if ('error' in args) return failure(args.error);
  const { file, range } = args;
  const read = readText(file);
  if ('failed' in read) return read.failed;
  const { text } = read;
  let stats: ProposalStats;
  try {
    stats = proposalStats(readInput(text), range);
  } catch (error) {
    if (
      error instanceof ScenarioError ||
      error instanceof ParseError ||
      error instanceof ReplayInputError
    ) {
      return failure(`${file}: ${error.message}`);
    }
    throw error;
  }
  return { code: 0, stdout: `${JSON.stringify(statsOutput(stats), null, 2)}\n`, stderr: '' };
}
