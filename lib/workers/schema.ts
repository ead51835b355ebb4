// What is typed about a person when they are added to a project: the IIN and the full name.
// Birth date and sex are never typed: they are read from the IIN (lib/iin). Shared by the browser
// and the server actions; no server-only imports. Errors are codes ("placements.errors.<code>").
import { z } from "zod";
import { iinInvalidReason, type IinInvalidReason } from "@/lib/iin";
import { FULL_NAME_MAX_LENGTH } from "./rules";

/** Reason code of lib/iin -> the form's error code. */
export const IIN_ERROR_CODES: Record<IinInvalidReason, string> = {
  length: "iinLength",
  digits: "iinDigits",
  century: "iinCentury",
  birthDate: "iinBirthDate",
  checksum: "iinChecksum",
};

/** People copy IINs from documents with spaces or dashes between digit groups; drop them. */
export function normalizeIin(value: string): string {
  return value.replace(/[\s\u00a0-]/g, "");
}

// One code per field: the first thing wrong. (No `abort: true` here: an aborted field issue
// would skip the placement form's cross-field checks, and the user would see errors one by one.)
export const iinSchema = z
  .string({ error: "required" })
  .transform(normalizeIin)
  .superRefine((value, ctx) => {
    const reason = value === "" ? null : iinInvalidReason(value);
    if (value === "") ctx.addIssue({ code: "custom", message: "required" });
    else if (reason) ctx.addIssue({ code: "custom", message: IIN_ERROR_CODES[reason] });
  });

export { FULL_NAME_MAX_LENGTH };

/**
 * What is wrong with a full name's letters, if anything: none at all, or "?" / "\uFFFD" where a
 * letter was lost — a CSV saved in Windows-1251 has no Kazakh letters (Жұмабаев → Ж?мабаев), and
 * a file read in the wrong encoding shows "\uFFFD". Such a name must not be stored as it is.
 */
export function fullNameProblem(value: string): "invalidName" | "lostLetters" | null {
  if (!/\p{L}/u.test(value)) return "invalidName";
  return /[?\uFFFD]/u.test(value) ? "lostLetters" : null;
}

/** Surname, name and patronymic as in the identity document; inner runs of spaces collapsed. */
export const fullNameSchema = z
  .string({ error: "required" })
  .transform((value) => value.trim().replace(/\s+/g, " "))
  .superRefine((value, ctx) => {
    const code = value === "" ? "required" : value.length > FULL_NAME_MAX_LENGTH ? "tooLong" : fullNameProblem(value);
    if (code) ctx.addIssue({ code: "custom", message: code });
  });

/** Two spellings of one name are the same name when they differ only in case and spacing. */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.trim().replace(/\s+/g, " ").toLocaleLowerCase("ru");
  return key(a) === key(b);
}

/** The analyst's correction of the national record's name. */
export const nationalNameSchema = z.object({ fullName: fullNameSchema });

export const workerIdSchema = z.coerce.number().int().positive().max(2_147_483_647);
