// Validation of deputies' inquiries and their answers. Shared by the forms and the
// server actions; no server-only imports. Errors are codes, translated from "inquiries.errors"
// (then the shared "errors").
import { z } from "zod";

export const answerLocales = ["ru", "kk", "en"] as const;
export type AnswerLocale = (typeof answerLocales)[number];

const id = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" }).max(2_147_483_647, { error: "invalid" });

const text = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : null));

/** A calendar date from <input type="date"> ("2020-09-30"), as midnight UTC like a @db.Date. */
const calendarDate = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    return date;
  });

/** "ДЗ-145": the register's letters, a hyphen and the number. */
export const inquiryNumberPattern = /^[\p{Lu}]{1,6}-\d{1,6}$/u;

/**
 * Co-signers' account ids (the ministry's form only). A malformed id gets the same code as an id
 * of no active deputy (mutations.ts): the form never tells which ids are accounts (docs/privacy.md).
 */
const deputyIdList = z
  .array(z.unknown())
  .max(50, { error: "tooBig" })
  .default([])
  .transform((values, ctx) => {
    const ids = values.map((value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : typeof value === "number" ? value : Number.NaN));
    if (ids.every((value) => id.safeParse(value).success)) return ids;
    ctx.addIssue({ code: "custom", message: "notDeputy" });
    return z.NEVER;
  });

export const createInquirySchema = z
  .object({
    number: text(20).pipe(z.string().regex(inquiryNumberPattern, { error: "invalidInquiryNumber" })),
    receivedOn: calendarDate,
    dueOn: calendarDate,
    authors: text(1000),
    faction: optionalText(300),
    subject: text(1000),
    deputyIds: deputyIdList,
  })
  .superRefine((value, ctx) => {
    if (value.dueOn < value.receivedOn) ctx.addIssue({ code: "custom", path: ["dueOn"], message: "dueBeforeReceived" });
  })
  .transform((value) => ({ ...value, deputyIds: [...new Set(value.deputyIds)] }));
export type CreateInquiryInput = z.infer<typeof createInquirySchema>;

const answerLocale = z.enum(answerLocales, { error: "invalid" });

/** "" from a <select> means no snapshot. */
const optionalSnapshotId = z.preprocess((value) => (value === "" || value == null ? null : value), id.nullable());

/** Saving the draft, or sending it: the text as edited, its language and its snapshot. */
export const answerSchema = z.object({
  snapshotId: optionalSnapshotId,
  answerLocale,
  answerText: text(50_000),
});
export type AnswerInput = z.infer<typeof answerSchema>;

/** Pre-filling the answer from a snapshot. */
export const draftAnswerSchema = z.object({
  snapshotId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()).pipe(z.number({ error: "snapshotRequired" })),
  answerLocale,
});
export type DraftAnswerInput = z.infer<typeof draftAnswerSchema>;

export const inquiryIdSchema = id;
