/**
 * The buying rule used when a history or a pace is replayed under another
 * plan: when a proposal needs more than the balance, buy the smallest amount
 * the era sells that covers the shortfall, within the maximum balance.
 *
 * With bundles, "smallest amount" is the smallest total that bundles (each
 * size usable any number of times) add up to, at least the shortfall: a
 * shortfall of 25 buys 20 + 10 = 30, not a single bundle of 40, because
 * 30 Connects cost less and the platform lets one buy bundles one after
 * another. Among combinations of that total the one with fewest bundles is
 * taken (130 → 80 + 40 + 10), so the user is told the fewest purchases.
 */
import type { PlanRules } from './eras';

/** Per bundle-size list: the smallest covering combination for each shortfall asked so far. */
const combos = new WeakMap<readonly number[], Map<number, readonly number[]>>();

function validSizes(bundles: readonly number[]): number[] {
  const sizes = bundles.filter((b) => Number.isInteger(b) && b > 0);
  return [...new Set(sizes)].sort((a, b) => b - a);
}

/**
 * The bundles (largest first) of the smallest total ≥ `amount`, fewest bundles
 * among equal totals; [] when `amount` ≤ 0 or no size is usable.
 */
export function bundlesFor(amount: number, bundles: readonly number[]): readonly number[] {
  if (amount <= 0) return [];
  let cache = combos.get(bundles);
  if (!cache) {
    cache = new Map();
    combos.set(bundles, cache);
  }
  const known = cache.get(amount);
  if (known) return known;
  const result = computeBundles(amount, validSizes(bundles));
  cache.set(amount, result);
  return result;
}

function computeBundles(amount: number, sizes: number[]): readonly number[] {
  const largest = sizes[0];
  if (largest === undefined) return [];
  // Repeating the largest size reaches a total below amount + largest, so the answer lies under it.
  const limit = amount + largest;
  const pieces = new Int32Array(limit).fill(-1);
  const last = new Int32Array(limit);
  pieces[0] = 0;
  for (let total = 1; total < limit; total += 1) {
    for (const size of sizes) {
      const before = total >= size ? (pieces[total - size] as number) : -1;
      const current = pieces[total] as number;
      if (before >= 0 && (current < 0 || before + 1 < current)) {
        pieces[total] = before + 1;
        last[total] = size;
      }
    }
  }
  let total = amount;
  while (total < limit && (pieces[total] as number) < 0) total += 1;
  const out: number[] = [];
  for (let t = total; t > 0; t -= last[t] as number) out.push(last[t] as number);
  return out.sort((a, b) => b - a);
}

/** Why a shortfall cannot be bought. */
export type NoPurchase = 'cannot-purchase' | 'over-max-balance';

export interface Purchase {
  /** One purchase per bundle, or a single one where the era sells any amount. */
  pieces: readonly number[];
  connects: number;
  /** Rounded to cents per piece, as the engine charges each purchase. */
  costCents: number;
}

const NOTHING: Purchase = { pieces: [], connects: 0, costCents: 0 };

/** The buying rule for one plan's rules, remembering the purchase for each shortfall met. */
export class Buyer {
  private readonly table: (Purchase | null | undefined)[] = [];
  private readonly price: number | null;

  constructor(readonly rules: PlanRules) {
    this.price = rules.canPurchase ? rules.pricePerConnectUsd : null;
  }

  /** What to buy so that `need` Connects are held when `balance` are; a reason when it cannot be bought. */
  purchase(need: number, balance: number): Purchase | NoPurchase {
    const shortfall = need - balance;
    if (shortfall <= 0) return NOTHING;
    if (this.price === null) return 'cannot-purchase';
    const purchase = this.table[shortfall] ?? this.cover(shortfall, this.price);
    if (purchase === null) return 'cannot-purchase';
    const max = this.rules.maxBalance;
    return max !== null && balance + purchase.connects > max ? 'over-max-balance' : purchase;
  }

  private cover(shortfall: number, price: number): Purchase | null {
    const bundles = this.rules.bundles;
    const pieces = bundles && bundles.length > 0 ? bundlesFor(shortfall, bundles) : [shortfall];
    let purchase: Purchase | null = null;
    if (pieces.length > 0) {
      let connects = 0;
      let costCents = 0;
      for (const piece of pieces) {
        connects += piece;
        costCents += pieceCents(piece, price);
      }
      purchase = { pieces, connects, costCents };
    }
    if (shortfall < 100_000) this.table[shortfall] = purchase;
    return purchase;
  }
}

const buyers = new WeakMap<PlanRules, Buyer>();

/** The (shared) buyer for a plan's rules. */
export function buyerFor(rules: PlanRules): Buyer {
  let buyer = buyers.get(rules);
  if (!buyer) {
    buyer = new Buyer(rules);
    buyers.set(rules, buyer);
  }
  return buyer;
}

/** What to buy so that `need` Connects are held when `balance` are; a reason when it cannot be bought. */
export function purchaseFor(
  need: number,
  balance: number,
  rules: PlanRules,
): Purchase | NoPurchase {
  return buyerFor(rules).purchase(need, balance);
}

/** The same rounding as the engine's purchase: the piece's dollars, to the cent. */
export function pieceCents(connects: number, pricePerConnectUsd: number): number {
  return Math.round(connects * pricePerConnectUsd * 100);
}
