"use client";
// Upload of an import file: what it holds (projects or placements) and the file. The file's size
// and type are checked here first, so that a 60 MB file is refused at once with a translated
// message instead of being sent; the server checks again. The file goes to a route handler
// (app/imports/upload/route.ts), not a server action: only that route accepts a large body, and
// only from a signed-in user allowed to import. It answers with the same state a
// server action would, so the messages are the same.
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FieldErrors, FormStatus, buttonClass, labelClass } from "@/components/ui/form";
import { IMPORT_KINDS } from "@/lib/imports/columns";
import { MAX_FILE_MB } from "@/lib/imports/limits";
import { fileProblem } from "@/lib/imports/upload-check";
import { initialActionState, type ActionState } from "@/lib/forms/state";

/** Sends the form; any answer that is not the route's JSON is "unexpected", never raw text. */
async function upload(form: FormData): Promise<ActionState> {
  try {
    const response = await fetch("/imports/upload", { method: "POST", body: form, credentials: "same-origin" });
    const state = (await response.json()) as ActionState;
    return typeof state?.ok === "boolean" ? state : { ok: false, message: "unexpected" };
  } catch {
    return { ok: false, message: "unexpected" };
  }
}

export function UploadForm() {
  const t = useTranslations("imports");
  const router = useRouter();
  const [state, setState] = useState<ActionState>(initialActionState);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ReturnType<typeof fileProblem>>(null);
  const kind = state.values?.kind || "PLACEMENTS";
  const codes = problem ? [problem.code] : state.errors?.file;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const found = fileProblem(file instanceof File ? file : null);
    setProblem(found);
    if (found) return;
    setPending(true);
    const result = await upload(form);
    const id = result.ok ? Number(result.data?.id) : NaN;
    if (Number.isInteger(id) && id > 0) {
      router.push(`/imports/${id}`);
      return; // stays "sending" until the job page replaces this one
    }
    setState(result.ok ? { ok: false, message: "unexpected" } : result);
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-labelledby="upload-title" noValidate>
      <fieldset className="space-y-2">
        <legend className={labelClass}>{t("upload.kind")}</legend>
        {IMPORT_KINDS.map((value) => (
          <label key={value} className="flex items-center gap-2 text-slate-800">
            <input type="radio" name="kind" value={value} defaultChecked={kind === value} className="h-4 w-4 accent-brand-700" />
            {t(`kinds.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="import-file" className={labelClass}>{t("upload.file")}</label>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby="import-file-errors"
          aria-invalid={codes?.length ? true : undefined}
          onChange={() => setProblem(null)}
          className="block w-full text-sm text-slate-800 file:mr-4 file:rounded file:border file:border-slate-400 file:bg-white file:px-4 file:py-2 file:font-semibold"
        />
        <FieldErrors id="import-file-errors" codes={codes} namespace="imports" params={problem?.params ?? state.params} hint={t("upload.fileHint", { maxMb: MAX_FILE_MB })} />
      </div>
      {state.message && state.message !== "invalidInput" ? <FormStatus state={state} namespace="imports" /> : null}
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? t("upload.submitting") : t("upload.submit")}
      </button>
    </form>
  );
}
