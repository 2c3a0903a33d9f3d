/**
 * The era catalogue (rules contract §2) as data. Each era says where its
 * numbers come from; values the sources do not fix are listed in `assumed`
 * so the UI can mark them. A custom era has exactly the same shape.
 */
import { parseIsoDate, type Day } from './dates';

export interface PlanRules {
  monthlyFeeUsd: number;
  allotment: number;
  /** Most Connects carried into the next cycle; null = no cap, 0 = none. */
  rolloverCap: number | null;
  /** Most Connects one may hold after a purchase; null = no cap. */
  maxBalance: number | null;
  canPurchase: boolean;
  pricePerConnectUsd: number | null;
  /** Sizes one can buy in; null or absent = any whole number. */
  bundles?: number[] | null;
}

export interface InterviewBonusRule {
  amount: number;
  /** Most Connects awarded in any 7 consecutive days. */
  capPer7Days: number;
}

export interface Era {
  id: string;
  name?: string;
  /** The date the era took effect (YYYY-MM-DD). */
  from: string;
  lotLifetime: '1y' | null;
  interviewBonus: InterviewBonusRule | null;
  plans: Record<string, PlanRules>;
  /** Where the era's numbers come from. */
  source?: string;
  /** Per-value sources where they differ from `source`, keyed by path (e.g. `plans.agency-plus`). */
  sources?: Record<string, string>;
  /** Paths of the values no source fixes (e.g. `from`, `plans.freelancer-plus.monthlyFeeUsd`). */
  assumed?: string[];
}

const BUNDLES_2019 = [10, 20, 40, 60, 80];
const BUNDLE_SOURCE =
  'community-what-is-a-connect.txt (bundles of 10, 20, 40, 60, 80 at $0.15 each)';

const PAID_2019_AGENCY: PlanRules = {
  monthlyFeeUsd: 20,
  allotment: 80,
  rolloverCap: 160,
  maxBalance: null,
  canPurchase: true,
  pricePerConnectUsd: 0.15,
  bundles: BUNDLES_2019,
};

const FREE_MONTHLY_2020_PLANS: Record<string, PlanRules> = {
  'freelancer-basic': {
    monthlyFeeUsd: 0,
    allotment: 10,
    rolloverCap: 200,
    maxBalance: null,
    canPurchase: true,
    pricePerConnectUsd: 0.15,
    bundles: BUNDLES_2019,
  },
  'freelancer-plus': {
    monthlyFeeUsd: 14.99,
    allotment: 80,
    rolloverCap: 200,
    maxBalance: null,
    canPurchase: true,
    pricePerConnectUsd: 0.15,
    bundles: BUNDLES_2019,
  },
  'agency-plus': PAID_2019_AGENCY,
};

export const ERA_CATALOGUE: readonly Era[] = [
  {
    id: 'classic',
    name: 'Classic (free monthly Connects)',
    from: '2016-01-01',
    lotLifetime: null,
    interviewBonus: null,
    plans: {
      'freelancer-basic': {
        monthlyFeeUsd: 0,
        allotment: 60,
        rolloverCap: 0,
        maxBalance: null,
        canPurchase: false,
        pricePerConnectUsd: null,
      },
      'freelancer-plus': {
        monthlyFeeUsd: 10,
        allotment: 70,
        rolloverCap: 140,
        maxBalance: 350,
        canPurchase: true,
        pricePerConnectUsd: 1,
      },
      'agency-plus': {
        monthlyFeeUsd: 20,
        allotment: 80,
        rolloverCap: 160,
        maxBalance: 400,
        canPurchase: true,
        pricePerConnectUsd: 1,
      },
    },
    source: 'upwork-help-use-connects.txt; community-what-is-a-connect.txt',
    sources: { 'plans.agency-plus': "the platform's Agency Memberships help page" },
    assumed: ['from'],
  },
  {
    id: 'paid-2019',
    name: 'Paid Connects (May 2019)',
    from: '2019-05-01',
    lotLifetime: '1y',
    interviewBonus: null,
    plans: {
      'freelancer-basic': {
        monthlyFeeUsd: 0,
        allotment: 0,
        rolloverCap: 140,
        maxBalance: null,
        canPurchase: true,
        pricePerConnectUsd: 0.15,
        bundles: BUNDLES_2019,
      },
      'freelancer-plus': {
        monthlyFeeUsd: 14.99,
        allotment: 70,
        rolloverCap: 140,
        maxBalance: null,
        canPurchase: true,
        pricePerConnectUsd: 0.15,
        bundles: BUNDLES_2019,
      },
      'agency-plus': PAID_2019_AGENCY,
    },
    source:
      "community-what-is-a-connect.txt; article-save-your-connects.txt; the platform's 2019 announcement",
    sources: { 'plans.freelancer-basic.bundles': BUNDLE_SOURCE },
  },
  {
    id: 'free-monthly-2020',
    name: 'Free monthly Connects (December 2020)',
    from: '2020-12-01',
    lotLifetime: '1y',
    interviewBonus: { amount: 10, capPer7Days: 50 },
    plans: FREE_MONTHLY_2020_PLANS,
    source: 'announcement-more-connects-dec-2020.txt',
    sources: {
      'plans.agency-plus': 'as paid-2019',
      'plans.freelancer-basic.bundles': BUNDLE_SOURCE,
    },
  },
  {
    id: 'variable-bonus-2022',
    name: 'Interview bonus ended (September 2022)',
    from: '2022-09-19',
    lotLifetime: '1y',
    interviewBonus: null,
    plans: FREE_MONTHLY_2020_PLANS,
    source: "article-what-are-connects.txt; the platform's release notes",
    sources: { plans: 'as free-monthly-2020' },
  },
  {
    id: 'no-cap-2023',
    name: 'No rollover cap (June 2023)',
    from: '2023-06-01',
    lotLifetime: '1y',
    interviewBonus: null,
    plans: {
      'freelancer-basic': {
        monthlyFeeUsd: 0,
        allotment: 10,
        rolloverCap: null,
        maxBalance: null,
        canPurchase: true,
        pricePerConnectUsd: 0.15,
        bundles: BUNDLES_2019,
      },
      'freelancer-plus': {
        monthlyFeeUsd: 19.99,
        allotment: 100,
        rolloverCap: null,
        maxBalance: null,
        canPurchase: true,
        pricePerConnectUsd: 0.15,
        bundles: BUNDLES_2019,
      },
      'agency-plus': {
        monthlyFeeUsd: 20,
        allotment: 80,
        rolloverCap: null,
        maxBalance: null,
        canPurchase: true,
        pricePerConnectUsd: 0.15,
        bundles: BUNDLES_2019,
      },
    },
    source: 'the platform\'s "Connects balance, rollover, and history" help page',
    assumed: ['plans.freelancer-plus.monthlyFeeUsd', 'plans.freelancer-plus.allotment'],
  },
];

/** `auto` (the era in force at each cycle start), an era id, or a whole era. */
export type EraChoice = 'auto' | string | Era;

export function findEra(id: string, catalogue: readonly Era[] = ERA_CATALOGUE): Era | undefined {
  return catalogue.find((era) => era.id === id);
}

/**
 * Returns a function from a cycle start to the era in force then. Under `auto`
 * a cycle before the first era's date uses the first era.
 */
export function eraResolver(
  choice: EraChoice,
  catalogue: readonly Era[] = ERA_CATALOGUE,
): (cycleStart: Day) => Era {
  if (typeof choice === 'object') return () => choice;
  if (choice !== 'auto') {
    const era = findEra(choice, catalogue);
    if (!era) throw new Error(`unknown era "${choice}"`);
    return () => era;
  }
  const dated = [...catalogue]
    .map((era) => ({ era, from: parseIsoDate(era.from) ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => a.from - b.from);
  const first = dated[0];
  if (!first) throw new Error('the era catalogue is empty');
  return (cycleStart) => {
    let found = first.era;
    for (const entry of dated) {
      if (entry.from <= cycleStart) found = entry.era;
      else break;
    }
    return found;
  };
}

/** Whether a value of an era is marked assumed (directly or through a parent path). */
export function isAssumed(era: Era, path: string): boolean {
  return (era.assumed ?? []).some((p) => path === p || path.startsWith(`${p}.`));
}

/** The source of one value: the closest per-path source, else the era's. */
export function sourceOf(era: Era, path: string): string {
  let best: string | undefined;
  let bestLength = -1;
  for (const [p, src] of Object.entries(era.sources ?? {})) {
    if ((path === p || path.startsWith(`${p}.`)) && p.length > bestLength) {
      best = src;
      bestLength = p.length;
    }
  }
  return best ?? era.source ?? 'custom';
}
