import { benchDashboard } from './dashboardBench';
for (let i = 0; i < Number(process.env.N ?? 1); i++) console.log((await benchDashboard()).join('  '));
