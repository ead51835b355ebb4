// Validation of the monthly report forms, shared by the browser and the server
// actions; no server-only imports. Error messages are codes, translated from "reports.errors"
// (then the shared "errors") by the forms.
import { z } from "zod";
import { parseMonthKey, type MonthKey } from "./period";

/** Upper bound of the typed adjacent-industry jobs of one region (the whole country reported ~100,000). */
export const MAX_ADJACENT_INDUSTRY_JOBS = 10_000_000;
export const MAX_COMMENT_LENGTH = 2000;

/** A month in the URL: "YYYY-MM". */
export const monthKeySchema = z
  .string()
  .refine((value) => parseMonthKey(value) !== null, { error: "invalidMonth" })
  .transform((value) => value as MonthKey);

/** A region in the URL: its two-digit KATO code. */
export const regionCodeSchema = z.string().regex(/^\d{2}$/, { error: "notFound" });

const optionalComment = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() : value),
  z.string().max(MAX_COMMENT_LENGTH, { error: "tooLong" }).optional().transform((value) => (value ? value : null)),
);

export const submitReportSchema = z.object({
  adjacentIndustryJobs: z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/[\s\u00a0\u202f]/g, "") : value),
    z
      .string({ error: "required" })
      .min(1, { error: "required" })
      .regex(/^\d+$/, { error: "wholeNumber" })
      .transform(Number)
      .pipe(z.number().int().max(MAX_ADJACENT_INDUSTRY_JOBS, { error: "tooBig" })),
  ),
  comment: optionalComment,
});
export type SubmitReportInput = z.infer<typeof submitReportSchema>;

export const REVIEW_DECISIONS = ["approve", "return"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Returning a report needs a reason: the akimat must see why. */
export const reviewReportSchema = z
  .object({
    decision: z.enum(REVIEW_DECISIONS, { error: "invalid" }),
    reviewComment: optionalComment,
  })
  .superRefine((value, ctx) => {
    if (value.decision === "return" && !value.reviewComment) {
      ctx.addIssue({ code: "custom", path: ["reviewComment"], message: "returnCommentRequired" });
    }
  });
export type ReviewReportInput = z.infer<typeof reviewReportSchema>;

export const SUBMIT_FIELDS = ["adjacentIndustryJobs", "comment"] as const;
export const REVIEW_FIELDS = ["decision", "reviewComment"] as const;

/** An akimat's request to reopen a submitted month: the reason is what the analyst decides on. */
export const reopenRequestSchema = z.object({
  reason: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.string({ error: "reasonRequired" }).min(1, { error: "reasonRequired" }).max(MAX_COMMENT_LENGTH, { error: "tooLong" }),
  ),
});
export type ReopenRequestInput = z.infer<typeof reopenRequestSchema>;

export const REOPEN_DECISIONS = ["approve", "refuse"] as const;

/** Refusing needs a reason, as returning does: the akimat must see why. */
export const reopenDecisionSchema = z
  .object({ decision: z.enum(REOPEN_DECISIONS, { error: "invalid" }), comment: optionalComment })
  .superRefine((value, ctx) => {
    if (value.decision === "refuse" && !value.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "refuseCommentRequired" });
  });
export type ReopenDecisionInput = z.infer<typeof reopenDecisionSchema>;

export const REOPEN_REQUEST_FIELDS = ["reason"] as const;
export const REOPEN_DECISION_FIELDS = ["decision", "comment"] as const;
