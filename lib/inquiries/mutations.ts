// Writes of deputies' inquiries, each in one transaction with its AuditEvent:
// registering an incoming inquiry, saving the answer's draft, and marking it sent. A sent
// answer is final: it can no longer be edited.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/forms/state";
import { MINISTRY_REGISTER, registrationOf } from "./rules";
import type { AnswerInput, CreateInquiryInput } from "./schema";

type Tx = Prisma.TransactionClient;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createInquiry(actor: Actor, input: CreateInquiryInput): Promise<{ id: number }> {
  requirePermission(actor, "inquiry.create");
  // A deputy's inquiry is linked to that deputy alone and numbered in their own register
  // (rules.ts registrationOf); only the ministry links co-signers.
  const { deputyIds, numberRegister } = registrationOf(actor, input.deputyIds);
  try {
    return await prisma.$transaction(async (tx) => {
      const found = await tx.user.count({ where: { id: { in: deputyIds }, role: "DEPUTY", active: true } });
      // One code for an unknown id, another role and an inactive deputy: the form says no more.
      if (found !== deputyIds.length) throw new DomainError("notDeputy", "deputyIds");
      const { deputyIds: _ids, ...fields } = input;
      const inquiry = await tx.inquiry.create({
        data: { ...fields, numberRegister, createdById: actor.id, deputies: { connect: deputyIds.map((id) => ({ id })) } },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: actor.id, entity: "inquiry", entityId: inquiry.id, action: "create", after: { ...fields, numberRegister, deputyIds } });
      return inquiry;
    });
  } catch (error) {
    // Only ever the caller's own register: a deputy learns about their own entries, no one else's.
    if (isUniqueViolation(error)) throw new DomainError(numberRegister === MINISTRY_REGISTER ? "numberTaken" : "numberTakenByYou", "number");
    throw error;
  }
}

const answerSelect = { status: true, answerText: true, answerLocale: true, snapshotId: true, answeredById: true, sentAt: true } as const;

async function lockForAnswer(tx: Tx, id: number) {
  // Row lock: two analysts saving at once are applied one after the other, and a send cannot
  // interleave with a save.
  await tx.$queryRaw`SELECT 1 FROM "Inquiry" WHERE "id" = ${id} FOR UPDATE`;
  const before = await tx.inquiry.findUnique({ where: { id }, select: answerSelect });
  if (!before) throw new DomainError("notFound");
  if (before.status === "SENT") throw new DomainError("alreadySent");
  return before;
}

async function writeAnswer(actor: Actor, id: number, input: AnswerInput, send: boolean): Promise<void> {
  requirePermission(actor, "inquiry.answer");
  await prisma.$transaction(async (tx) => {
    const before = await lockForAnswer(tx, id);
    if (input.snapshotId !== null && !(await tx.snapshot.findUnique({ where: { id: input.snapshotId }, select: { id: true } }))) {
      throw new DomainError("snapshotNotFound", "snapshotId");
    }
    const after = await tx.inquiry.update({
      where: { id },
      data: {
        answerText: input.answerText,
        answerLocale: input.answerLocale,
        snapshotId: input.snapshotId,
        answeredById: actor.id,
        status: send ? "SENT" : "DRAFTING",
        sentAt: send ? new Date() : null,
      },
      select: answerSelect,
    });
    await recordAudit(tx, { actorId: actor.id, entity: "inquiry", entityId: id, action: send ? "send" : "saveAnswer", before, after });
  });
}

/** Saves the edited answer as a draft (status DRAFTING). */
export function saveAnswer(actor: Actor, id: number, input: AnswerInput): Promise<void> {
  return writeAnswer(actor, id, input, false);
}

/** Saves the final text and marks the answer sent: deputies can read it from now on. */
export function sendAnswer(actor: Actor, id: number, input: AnswerInput): Promise<void> {
  return writeAnswer(actor, id, input, true);
}
