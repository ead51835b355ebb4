"use client";
// Upload of an import file: what it holds (projects or placements) and the file. The file's size
// and type are checked here first, so that a 60 MB file is refused at once with a translated
// message instead of being sent; the server action checks again.
import { useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FieldErrors, FormStatus, buttonClass, labelClass } from "@/components/ui/form";
import { uploadImportAction } from "@/lib/imports/actions";
import { IMPORT_KINDS } from "@/lib/imports/columns";
import { MAX_FILE_MB } from "@/lib/imports/limits";
import { fileProblem } from "@/lib/imports/schema";
import { initialActionState } from "@/lib/forms/state";

export function UploadForm() {
  const t = useTranslations("imports");
  const [state, action, pending] = useActionState(uploadImportAction, initialActionState);
  const [problem, setProblem] = useState<ReturnType<typeof fileProblem>>(null);
  const kind = state.values?.kind || "PLACEMENTS";
  const codes = problem ? [problem.code] : state.errors?.file;

  function check(event: FormEvent<HTMLFormElement>) {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    const found = fileProblem(file ?? null);
    setProblem(found);
    if (found) event.preventDefault();
  }

  return (
    <form action={action} onSubmit={check} className="space-y-4" aria-labelledby="upload-title" noValidate>
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
