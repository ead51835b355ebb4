// Every percentage the portal shows, computed one way, so that one figure never shows two values
// (the dashboard once truncated what the summary rounded: 109,835 of 110,000 referred was "99 %"
// on one and "100%" on the other). Half up, in integer arithmetic (BigInt: no binary fractions,
// exact for any sum of tenge), and a target or whole not reached never shows as 100 %: a
// ministry reading "100 %" takes the plan as fulfilled. Pure; used by pages, exports, PDF.

/** Money as whole tiyn (hundredths of a tenge); counts stay as they are. */
const units = (value: number): bigint => BigInt(Math.round(value * 100));

/** round(part / whole × scale), half up; both non-negative. */
function halfUp(part: bigint, whole: bigint, scale: bigint): bigint {
  return (2n * part * scale + whole) / (2n * whole);
}

/** halfUp, but one step below `scale` (99 %, 99.9 %) while the part is still short of the whole. */
function capped(part: bigint, whole: bigint, scale: bigint): bigint {
  const rounded = halfUp(part, whole, scale);
  return part < whole && rounded >= scale ? scale - 1n : rounded;
}

/** Plan fulfilment in whole per cent (value ÷ target); null without a value or a target. */
export function fulfilmentPercent(value: number | null, target: number | null): number | null {
  if (value === null || target === null || !(target > 0) || !Number.isFinite(value)) return null;
  return Number(capped(units(Math.max(value, 0)), units(target), 100n));
}

/** A share (part ÷ whole) in per cent to one decimal, e.g. the money disbursed of the allocated. */
export function sharePercent(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || !(whole > 0) || !Number.isFinite(part)) return null;
  return Number(capped(units(Math.max(part, 0)), units(whole), 1000n)) / 10;
}
