"use client";
// Deleting a project: behind a disclosure, with the version read (a project changed meanwhile is
// not deleted blindly). The server refuses while placements or permanent jobs exist.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form";
import { initialActionState, type ActionState } from "@/lib/forms/state";

type Props = { code: string; version: number; action: (previous: ActionState, formData: FormData) => Promise<ActionState> };

export function DeleteProjectForm({ code, version, action }: Props) {
  const t = useTranslations("projects.page.delete");
  const [state, submit, pending] = useActionState(action, initialActionState);
  return (
    <details className="rounded-lg border border-red-200 bg-white p-4" open={state.message ? true : undefined}>
      <summary className="cursor-pointer font-semibold text-red-800">{t("open")}</summary>
      <form action={submit} className="mt-4 space-y-3">
        <p className="text-sm text-slate-700">{t("explain")}</p>
        <FormStatus state={state} namespace="projects" />
        <input type="hidden" name="version" value={version} />
        <button type="submit" disabled={pending} className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-60">
          {pending ? t("deleting") : t("confirm", { code })}
        </button>
      </form>
    </details>
  );
}
