// Calendar days as whole numbers (days since 1970-01-01), so that the generator does date
// arithmetic without Date objects or time zones, and writes PostgreSQL `date` text directly.

export const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function partsOfDay(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** A timestamp column value (UTC, as Prisma stores DateTime) at a given Almaty hour of a day. */
export function isoTimestamp(day: number, almatyHour: number, minute = 0): string {
  // Kazakhstan used UTC+6 in Almaty in 2020–2021.
  const ms = day * 86_400_000 + (almatyHour - 6) * 3_600_000 + minute * 60_000;
  return new Date(ms).toISOString().replace("T", " ").replace("Z", "");
}

/** First day of the month `offset` months after the given year/month. */
export function monthStart(y: number, m: number, offset = 0): number {
  const index = y * 12 + (m - 1) + offset;
  return dayOf(Math.floor(index / 12), (index % 12) + 1, 1);
}
