// The upload form's first check, in the browser and again on the server, without the import
// schemas (zod): the form loads this and not zod's 31 KB.
import { MAX_FILE_BYTES, MAX_FILE_MB } from "./limits";

/** Why an uploaded file is refused before reading it, or null. */
export function fileProblem(file: { name: string; size: number } | null | undefined): { code: string; params?: Record<string, number> } | null {
  if (!file || file.size === 0 || !file.name) return { code: file && file.name ? "fileEmpty" : "fileRequired" };
  if (file.size > MAX_FILE_BYTES) return { code: "fileTooLarge", params: { maxMb: MAX_FILE_MB } };
  if (!/\.(xlsx|csv|txt)$/i.test(file.name)) return { code: "unsupportedFile" };
  return null;
}
