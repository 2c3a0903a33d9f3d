/**
 * `npm run bench`: prints one figure per line (`name: value unit`), the CPU probe first so
 * figures from different machines compare. Figures, not pass/fail: the targets are in
 * docs/performance.md, which `npm run bench -- --write` updates with this run's figures.
 * The browser figures build the app and drive Debian's Chromium.
 */
import { benchBundle } from './bundleSize';
import { benchCompare } from './compareBench';
import { benchCpuProbe } from './cpuProbe';
import { benchDashboard } from './dashboardBench';
import { benchReplay } from './engineBench';
import { writeFigures } from './figures';
import { benchImportParse } from './importBench';
import { benchImportCommit } from './importCommitBench';
import { benchProposalStats } from './proposalStatsBench';
import { benchProposalsRender } from './proposalsRenderBench';

const benches: (() => string[] | Promise<string[]>)[] = [
  benchCpuProbe,
  benchReplay,
  benchImportParse,
  benchCompare,
  // After compare: the garbage its 50,000 proposals leave would be collected in compare's time.
  benchProposalStats,
  benchBundle,
  benchDashboard,
  benchProposalsRender, // after the dashboard: its figure is a ratio to the dashboard's
  benchImportCommit,
];

const lines: string[] = [];
for (const bench of benches) {
  for (const line of await bench()) {
    console.log(line);
    lines.push(line);
  }
}
if (process.argv.includes('--write')) {
  writeFigures(lines);
  console.log('Wrote the figures to docs/performance.md.');
}
