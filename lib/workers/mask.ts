// An IIN is personal data (Law of RK "On personal data and their protection"). Where a record
// needs to say WHICH person without showing the number (the audit log's before/after, read by
// analysts), the middle digits are hidden: birth-date prefix and last four stay recognisable for
// someone who holds the full number, and useless to anyone who does not.
export function maskIin(iin: string): string {
  if (iin.length !== 12) return "*".repeat(iin.length);
  return `${iin.slice(0, 4)}****${iin.slice(8)}`;
}
