// Reads of deputies' inquiries, scoped by the viewer passed in: the ministry sees the
// whole register and every draft; a deputy sees only the inquiries their account is linked to,
// and the answer text only once it has been sent (lib/inquiries/rules.ts).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { InquiryStatus } from "@/generated/prisma/enums";
import { prismaRead } from "@/lib/db/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { mayReadAnswer, seesAllInquiries } from "./rules";

export type InquiryListItem = {
  id: number;
  number: string;
  receivedOn: Date;
  authors: string;
  faction: string | null;
  subject: string;
  dueOn: Date;
  status: InquiryStatus;
  sentAt: Date | null;
};

export type InquiryAnswer = {
  text: string | null;
  locale: string | null;
  snapshot: { id: number; title: string; takenAt: Date } | null;
};

export type InquiryDetails = InquiryListItem & {
  /** Null when the viewer may not read it yet (a deputy, before it is sent). */
  answer: InquiryAnswer | null;
  /** Deputy accounts linked to the inquiry; shown to the ministry only. */
  deputies: Array<{ id: number; name: string }> | null;
};

function visibleTo(viewer: Actor): Prisma.InquiryWhereInput {
  return seesAllInquiries(viewer) ? {} : { deputies: { some: { id: viewer.id } } };
}

const listSelect = {
  id: true,
  number: true,
  receivedOn: true,
  authors: true,
  faction: true,
  subject: true,
  dueOn: true,
  status: true,
  sentAt: true,
} as const;

/** The register: open inquiries by due date first, then the answered ones, newest first. */
export async function listInquiries(viewer: Actor): Promise<InquiryListItem[]> {
  requirePermission(viewer, "inquiry.read");
  const rows = await prismaRead.inquiry.findMany({ where: visibleTo(viewer), select: listSelect, orderBy: [{ dueOn: "asc" }, { id: "asc" }] });
  const open = rows.filter((row) => row.status !== "SENT");
  const sent = rows.filter((row) => row.status === "SENT").sort((a, b) => b.receivedOn.getTime() - a.receivedOn.getTime() || b.id - a.id);
  return [...open, ...sent];
}

/** One inquiry as the viewer may see it; null when absent or not theirs (no hint which). */
export async function getInquiry(viewer: Actor, id: number): Promise<InquiryDetails | null> {
  requirePermission(viewer, "inquiry.read");
  const row = await prismaRead.inquiry.findFirst({
    where: { AND: [{ id }, visibleTo(viewer)] },
    select: {
      ...listSelect,
      answerText: true,
      answerLocale: true,
      snapshot: { select: { id: true, title: true, takenAt: true } },
      deputies: { select: { id: true, name: true }, orderBy: { name: "asc" } },
    },
  });
  if (!row) return null;
  const { answerText, answerLocale, snapshot, deputies, ...item } = row;
  return {
    ...item,
    answer: mayReadAnswer(viewer, row.status) ? { text: answerText, locale: answerLocale, snapshot } : null,
    deputies: seesAllInquiries(viewer) ? deputies : null,
  };
}

/** Deputy accounts an inquiry can be linked to (the ministry's create form's choices). */
export async function listDeputyAccounts(viewer: Actor): Promise<Array<{ id: number; name: string }>> {
  // Not for deputies: they link no one, and the list of colleagues is not theirs to browse here.
  requirePermission(viewer, "inquiry.linkDeputies");
  return prismaRead.user.findMany({ where: { role: "DEPUTY", active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** The inquiry facts an answer's opening sentence names; for those who may answer. */
export async function getInquiryForAnswer(viewer: Actor, id: number) {
  requirePermission(viewer, "inquiry.answer");
  return prismaRead.inquiry.findUnique({ where: { id }, select: { id: true, number: true, receivedOn: true, subject: true, status: true } });
}
