// Who sees what of a deputies' inquiry, and when it is overdue. Pure.
// Deputies see the inquiries they are among the authors of (their accounts linked to it), and
// the answer only once it is SENT — a draft is the ministry's working text, not an answer.
// The ministry (those who may answer) sees every inquiry and every draft.
import type { InquiryStatus } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/auth/permissions";

/** Whether the viewer sees every inquiry (true) or only those they are linked to as a deputy. */
export function seesAllInquiries(viewer: Actor): boolean {
  return can(viewer.role, "inquiry.answer");
}

/** The ministry's register of incoming inquiries (Inquiry.numberRegister). */
export const MINISTRY_REGISTER = 0;

/**
 * Whom a new inquiry is linked to and which register its number must be unique in.
 *
 * The ministry (those who may link deputies) registers the incoming inquiries it receives from
 * the Chamber, with any deputies among the authors; there a number is unique, as in the Chamber's
 * own register, and a repeated number is a clerical error worth refusing — analysts see every
 * inquiry anyway. A deputy registers their own inquiry only: any other deputy id they send is
 * dropped, never linked, so nothing appears in a colleague's register. Their numbers are unique
 * only among their own entries: refusing a number because a colleague's inquiry has it would tell
 * the deputy that inquiry exists, and a generic refusal would tell the same (a never-used number
 * is accepted). The ministry sees both entries and reconciles them, as a registry clerk does with
 * a notice that precedes the official copy.
 */
export function registrationOf(actor: Actor, deputyIds: readonly number[]): { deputyIds: number[]; numberRegister: number } {
  if (can(actor.role, "inquiry.linkDeputies")) return { deputyIds: [...deputyIds], numberRegister: MINISTRY_REGISTER };
  return { deputyIds: [actor.id], numberRegister: actor.id };
}

/** Whether the viewer may read the answer of an inquiry they can see. */
export function mayReadAnswer(viewer: Actor, status: InquiryStatus): boolean {
  return can(viewer.role, "inquiry.answer") || status === "SENT";
}

/** Today's calendar date in Kazakhstan (UTC+5) as YYYY-MM-DD. */
export function almatyToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Not yet answered and its due date has passed (the due day itself is still on time). */
export function isOverdue(inquiry: { status: InquiryStatus; dueOn: Date }, today: string): boolean {
  return inquiry.status !== "SENT" && inquiry.dueOn.toISOString().slice(0, 10) < today;
}
