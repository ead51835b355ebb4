// Colour classes of the regions map: equal intervals from 0 to a "nice" maximum, so that the
// legend reads in round numbers (0–2 500, 2 500–5 000, …) and a region's colour means the same
// amount on every visit. Pure; shared by the server (legend) and the map component.

/** Light to dark blue (Tailwind blue-100…blue-900): readable on white, distinct in greyscale. */
export const CLASS_COLOURS = ["#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a"] as const;
/** Regions with no value under the chosen filter (e.g. no target set). */
export const NO_DATA_COLOUR = "#e2e8f0";

/** The smallest step of the form {1, 2, 2.5, 5} × 10^k that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 2.5, 5, 10]) {
    const step = factor * magnitude;
    if (step >= raw - 1e-9 * magnitude) return step;
  }
  return 10 * magnitude;
}

/**
 * Upper bounds of the classes (ascending). Whole numbers get whole steps; every value lies in
 * [0, last bound]. With no positive value there is one class, [0, 0].
 */
export function classBounds(values: ReadonlyArray<number | null>, classes = CLASS_COLOURS.length): number[] {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  if (max === 0) return [0];
  const step = max < classes ? 1 : niceStep(max / classes);
  const count = Math.min(classes, Math.ceil(max / step));
  return Array.from({ length: count }, (_, i) => step * (i + 1));
}

/** Index of the class a value falls in (a bound belongs to the class below it). */
export function classOf(value: number | null, bounds: readonly number[]): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const index = bounds.findIndex((bound) => value <= bound);
  return index === -1 ? bounds.length - 1 : index;
}

/** Fill colour of a value: the darkest colours go to the highest classes. */
export function colourOf(value: number | null, bounds: readonly number[]): string {
  const index = classOf(value, bounds);
  if (index === null) return NO_DATA_COLOUR;
  const offset = CLASS_COLOURS.length - bounds.length;
  return CLASS_COLOURS[Math.min(CLASS_COLOURS.length - 1, index + Math.max(0, offset))]!;
}
