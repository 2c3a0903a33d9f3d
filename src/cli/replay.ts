/** `npm run --silent replay -- FILE.json`: see replayCommand.ts and the README. */
import { runReplayCommand } from './replayCommand';

const result = runReplayCommand(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
