/**
 * The replay command as a function of its arguments, so tests can run it in
 * process: a scenario file in, one JSON object or one error line out.
 */
import { failure, readText, type CommandResult } from './commandResult';
import { replay } from '../engine/replay';
import { parseScenario, scenarioInput, ScenarioError } from '../engine/scenario';

export function runReplayCommand(argv: readonly string[]): CommandResult {
  const file = argv[0];
  if (!file || argv.length > 1) return failure('usage: npm run --silent replay -- FILE.json');
  const read = readText(file);
  if ('failed' in read) return read.failed;
  const { text } = read;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(`${file}: bad JSON: ${(error as Error).message}`);
  }
  let scenario;
  try {
    scenario = parseScenario(json);
  } catch (error) {
    if (error instanceof ScenarioError) return failure(`${file}: ${error.message}`);
    throw error;
  }
  const result = replay(scenarioInput(scenario));
  const output = {
    cycles: result.cycles,
    rejected: result.rejected.map(({ index, code }) => ({ index, code })),
    warnings: result.warnings.map(({ index, code, applied }) => ({ index, code, applied })),
  };
  return { code: 0, stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: '' };
}
