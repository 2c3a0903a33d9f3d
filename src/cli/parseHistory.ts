/** `npm run --silent parse-history -- FILE`: see parseHistoryCommand.ts. */
import { runMain } from './commandResult';
import { runParseHistoryCommand } from './parseHistoryCommand';

runMain(runParseHistoryCommand);
