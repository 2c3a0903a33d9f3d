/** `npm run --silent proposal-stats -- FILE.json [--from …] [--to …]`: see proposalStatsCommand.ts. */
import { runMain } from './commandResult';
import { runProposalStatsCommand } from './proposalStatsCommand';

runMain(runProposalStatsCommand);
