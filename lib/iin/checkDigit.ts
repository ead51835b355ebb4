// The check digit of an IIN or a BIN (both 12 digits, the same rule): the sum of digit_i × i for
// i = 1..11, modulo 11; if that is 10, the sum with weights 3,4,5,6,7,8,9,10,11,1,2 modulo 11;
// if that is 10 again, no check digit exists and the number must not be issued.
// (Rules of the Ministry of Justice for IIN/BIN formation; see docs/domain.md.)

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum % 11;
}

/** Check digit for the first 11 digits, or null when the number cannot be valid (second sum is 10). */
export function checkDigit(first11: string): number | null {
  if (!/^\d{11}/.test(first11)) throw new RangeError("checkDigit needs 11 digits");
  const first = weightedSum(first11, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSum(first11, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** True when the first weight set gives 10, so the second set decides the check digit. */
export function usesSecondWeights(first11: string): boolean {
  return weightedSum(first11, FIRST_WEIGHTS) === 10;
}

/** True when `s` is 12 digits and its last digit is the check digit of the first 11. */
export function hasValidCheckDigit(s: string): boolean {
  if (!/^\d{12}$/.test(s)) return false;
  const expected = checkDigit(s);
  return expected !== null && expected === s.charCodeAt(11) - 48;
}
