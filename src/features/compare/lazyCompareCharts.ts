/** The Compare page's charts chunk (recharts), fetched while the ledger is read. */
import { lazyChunk } from '../shared/lazyChunk';

export const compareCharts = lazyChunk(() => import('./CompareCharts'));

export const CycleChart = compareCharts.component((m) => m.CycleChart);
export const BreakEvenChart = compareCharts.component((m) => m.BreakEvenChart);
