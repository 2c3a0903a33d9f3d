/**
 * The dashboard's charts chunk (recharts), fetched while the ledger is read;
 * see ../shared/lazyChunk.ts for why its components never show a fallback.
 */
import { lazyChunk } from '../shared/lazyChunk';

const charts = lazyChunk(() => import('./DashboardCharts'));

export const preloadCharts = charts.preload;
export const chartsLoaded = charts.loaded;

export const BalanceChart = charts.component((m) => m.BalanceChart);
export const SpendChart = charts.component((m) => m.SpendChart);
export const RiskChart = charts.component((m) => m.RiskChart);
