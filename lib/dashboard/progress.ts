/** Progress of a figure towards its target, for the progress bars. */
export type Progress = {
  /** Whole percent, rounded DOWN so that 99.6 % is never shown as a fulfilled 100 %. */
  percent: number | null;
  /** Width of the bar, 0–100 (a figure above target fills the bar). */
  bar: number;
};

export function progressOf(value: number, target: number | null): Progress {
  if (target === null || !(target > 0) || !Number.isFinite(value)) return { percent: null, bar: 0 };
  const percent = Math.floor((Math.max(value, 0) * 100) / target);
  return { percent, bar: Math.min(percent, 100) };
}
