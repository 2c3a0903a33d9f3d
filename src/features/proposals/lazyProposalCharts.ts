/**
 * The Proposals page's charts chunk (recharts), fetched while the ledger is read; see
 * ../shared/lazyChunk.ts for why its components never show a fallback once it is in.
 */
import { lazyChunk } from '../shared/lazyChunk';

const charts = lazyChunk(() => import('./ProposalCharts'));

export const preloadProposalCharts = charts.preload;
export const proposalChartsLoaded = charts.loaded;

export const FunnelChart = charts.component((m) => m.FunnelChart);
export const PerInterviewChart = charts.component((m) => m.PerInterviewChart);
