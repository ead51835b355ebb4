import { fulfilmentPercent } from "./percent";

/** Progress of a figure towards its target, for the progress bars. */
export type Progress = {
  /** Whole percent of the target (fulfilmentPercent: half up, never 100 % short of the target). */
  percent: number | null;
  /** Width of the bar, 0–100 (a figure above target fills the bar). */
  bar: number;
};

export function progressOf(value: number, target: number | null): Progress {
  if (target === null || !(target > 0) || !Number.isFinite(value)) return { percent: null, bar: 0 };
  const percent = fulfilmentPercent(value, target)!;
  return { percent, bar: Math.min(percent, 100) };
}
