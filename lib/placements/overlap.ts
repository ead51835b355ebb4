// The overlap rule: one person cannot hold two placements at the same time, on the
// same project or on different ones. Pure: the mutation loads the person's other placements
// inside its transaction (after locking the Worker row) and asks this function.
//
// A period runs from the hiring day to the end day INCLUSIVE: the end date is the last day
// worked (the day of termination is itself a working day), so a placement may start the day
// after another ends, not on the same day. No end date = still
// working: the period is open towards the future.

export type Period = { hiredAt: Date; endedAt: Date | null };

function endOf(period: Period): number {
  return period.endedAt ? period.endedAt.getTime() : Number.POSITIVE_INFINITY;
}

export function periodsOverlap(a: Period, b: Period): boolean {
  return a.hiredAt.getTime() <= endOf(b) && b.hiredAt.getTime() <= endOf(a);
}

/** The earliest of `others` that overlaps `candidate`, or null when none does. */
export function firstOverlap<T extends Period>(candidate: Period, others: readonly T[]): T | null {
  let found: T | null = null;
  for (const other of others) {
    if (!periodsOverlap(candidate, other)) continue;
    if (!found || other.hiredAt.getTime() < found.hiredAt.getTime()) found = other;
  }
  return found;
}
