// How an official reply states a figure (the reply to deputies' inquiry No. ДЗ-145 of
// 30.09.2020 is the model: "6,6 тыс. проектов", "196 тысяч человек", "порядка 110 тыс.",
// "более 43 тыс."). Language-neutral: this file decides the rounded amount and the qualifier;
// lib/narrative/languages/* say it in words. Pure, unit-tested (tests/unit/narrative*.test.ts).

/**
 * exact: the rounded figure IS the value (e.g. 196 000 -> "196 тысяч").
 * about: the rounded figure is within a quarter of a rounding step of the value, on either side
 *        (109 835 -> "порядка 110 тыс."; 42 999 -> "порядка 43 тыс.").
 * moreThan: otherwise the figure is rounded DOWN and called a lower bound (43 600 ->
 *        "более 43 тыс."). "More than" is therefore never said of a figure above the value.
 */
export type Qualifier = "exact" | "about" | "moreThan";

/** The unit the amount is counted in: plain, thousands or millions. */
export type Scale = "unit" | "thousand" | "million";

export type Approximation = {
  qualifier: Qualifier;
  scale: Scale;
  /** The amount in the scale's units, e.g. 6.6 (thousand) or 110 (thousand). */
  amount: number;
  /** The figure the words state, in units: 6 600, 110 000, 43 000. */
  stated: number;
  /** The real value. */
  value: number;
};

/** Below this, letters give the exact number ("612 объектов"). */
export const EXACT_BELOW = 1_000;

/** Rounding steps: one decimal of thousands below 10 000, whole thousands below a million, then
 *  one decimal of millions, then whole millions. */
function stepOf(value: number): number {
  if (value < 10_000) return 100;
  if (value < 1_000_000) return 1_000;
  if (value < 10_000_000) return 100_000;
  return 1_000_000;
}

function scaleOf(stated: number): { scale: Scale; factor: number } {
  if (stated >= 1_000_000) return { scale: "million", factor: 1_000_000 };
  if (stated >= 1_000) return { scale: "thousand", factor: 1_000 };
  return { scale: "unit", factor: 1 };
}

function stating(value: number, stated: number, qualifier: Qualifier): Approximation {
  const { scale, factor } = scaleOf(stated);
  // Amounts have at most one decimal; rounding here removes binary noise (6600 / 1000).
  const amount = Math.round((stated / factor) * 10) / 10;
  return { qualifier, scale, amount, stated, value };
}

/** The way an official letter states a non-negative count. */
export function approximate(value: number): Approximation {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not a count: ${value}`);
  const whole = Math.round(value);
  if (whole < EXACT_BELOW) return { qualifier: "exact", scale: "unit", amount: whole, stated: whole, value: whole };
  const step = stepOf(whole);
  // Half up: 6 650 rounds to 6 700.
  const nearest = Math.floor(whole / step + 0.5) * step;
  if (nearest === whole) return stating(whole, nearest, "exact");
  if (Math.abs(nearest - whole) * 4 <= step) return stating(whole, nearest, "about");
  return stating(whole, Math.floor(whole / step) * step, "moreThan");
}
