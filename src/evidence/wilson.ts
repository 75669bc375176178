// The Wilson score interval: a 95% range for a proportion that stays sensible for small samples and near 0% or 100%.

/** The normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/**
 * The interval for `positive` out of `n`, as proportions from 0 to 1. With no responses nothing is known, so the
 * interval is the whole range.
 */
export function wilsonInterval(positive: number, n: number, z: number = Z_95): { low: number; high: number } {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number of responses, not ${n}`);
  if (!Number.isInteger(positive) || positive < 0 || positive > n) {
    throw new RangeError(`positive must be a whole number from 0 to n (${n}), not ${positive}`);
  }
  if (n === 0) return { low: 0, high: 1 };
  const p = positive / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamp the rounding error at the ends (0 positive gives a low of -1e-17, not 0).
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
