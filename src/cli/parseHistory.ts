/** `npm run --silent parse-history -- FILE`: see parseHistoryCommand.ts. */
import { runParseHistoryCommand } from './parseHistoryCommand';

const result = runParseHistoryCommand(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
