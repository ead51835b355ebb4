// Which dates a correction of a placement touches, for the lock on reported months
// (lib/reports/lock.ts, Order No. 55-р: a submitted month's figures do not change until the
// ministry returns the report). Pure, unit-tested.

type Counted = {
  hiredAt: Date;
  endedAt: Date | null;
  projectId: number;
  referredByEmploymentCentre: boolean;
  unemployedBeforeHiring: boolean;
  youthAtHiring: boolean;
};

function sameDay(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

/**
 * Position and referral number are in no figure: correcting only them touches no month.
 * A new end date alone moves the old and the new end months. Anything else that is counted —
 * hiring date, project, person, referral, unemployment, youth — changes the figures of every
 * month the placement was or now is in, so all four dates are checked.
 */
export function datesTouchedByCorrection(current: Counted, next: Counted & { personChanged: boolean }): Array<Date | null> {
  const countedChanged =
    !sameDay(current.hiredAt, next.hiredAt) ||
    current.projectId !== next.projectId ||
    next.personChanged ||
    current.referredByEmploymentCentre !== next.referredByEmploymentCentre ||
    current.unemployedBeforeHiring !== next.unemployedBeforeHiring ||
    current.youthAtHiring !== next.youthAtHiring;
  if (countedChanged) return [current.hiredAt, current.endedAt, next.hiredAt, next.endedAt];
  if (!sameDay(current.endedAt, next.endedAt)) return [current.endedAt, next.endedAt];
  return [];
}
