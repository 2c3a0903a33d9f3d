/** `npm run --silent replay -- FILE.json`: see replayCommand.ts and the README. */
import { runMain } from './commandResult';
import { runReplayCommand } from './replayCommand';

runMain(runReplayCommand);
