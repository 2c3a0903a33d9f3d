import { benchDashboard } from './dashboardBench';
import { benchCpuProbe } from './cpuProbe';
console.log(benchCpuProbe(), await benchDashboard());
