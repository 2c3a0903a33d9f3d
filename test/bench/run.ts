/**
 * `npm run bench`: prints one figure per line (`name: value unit`). Figures,
 * not pass/fail: the targets are in the issues and the README. The browser
 * figures build the app and drive Debian's Chromium.
 */
import { benchBundle } from './bundleSize';
import { benchCompare } from './compareBench';
import { benchDashboard } from './dashboardBench';
import { benchReplay } from './engineBench';
import { benchImportParse } from './importBench';
import { benchImportCommit } from './importCommitBench';
import { benchProposalStats } from './proposalStatsBench';

const benches: (() => string[] | Promise<string[]>)[] = [
  benchReplay,
  benchProposalStats,
  benchImportParse,
  benchCompare,
  benchBundle,
  benchDashboard,
  benchImportCommit,
];

for (const bench of benches) {
  for (const line of await bench()) console.log(line);
}
