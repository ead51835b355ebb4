// Splitting a whole number over parts in proportion to weights, with the largest remainder
// (Hamilton) method: each part gets the floor of its exact share, and the units left over go to
// the largest remainders (ties: the earlier part). The parts always sum exactly to the total,
// which is what per-region targets need: they must add up to the national figure.

export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number ≥ 0, not ${total}`);
  const sum = weights.reduce((acc, w) => acc + Math.max(0, w), 0);
  if (weights.length === 0) return [];
  if (sum === 0) {
    // Nothing to be proportional to: spread evenly.
    return apportion(total, weights.map(() => 1));
  }
  const exact = weights.map((w) => (Math.max(0, w) * total) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((acc, p) => acc + p, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((x, y) => y.remainder - x.remainder || x.index - y.index);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) parts[order[i]!.index]! += 1;
  return parts;
}
