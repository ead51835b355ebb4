"use client";
// Per-row controls of a permanent job: mark filled or vacant, edit, delete. Each is a small form
// posting to its server action; the server checks the stored project's region again.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, secondaryButtonClass } from "@/components/ui/form";
import { initialActionState } from "@/lib/forms/state";
import { deletePermanentJobAction, setPermanentJobFilledAction, updatePermanentJobAction } from "@/lib/permanent-jobs/actions";
import { PermanentJobForm } from "./PermanentJobForm";

type Props = {
  id: number;
  title: string;
  filled: boolean;
  values: Record<string, string>;
  personalData: boolean;
  canUpdate: boolean;
  canDelete: boolean;
};

const small = `${secondaryButtonClass} !px-2 !py-1 text-sm`;

export function PermanentJobActions({ id, title, filled, values, personalData, canUpdate, canDelete }: Props) {
  const t = useTranslations("permanentJobs");
  const [fillState, toggle, toggling] = useActionState(setPermanentJobFilledAction.bind(null, id, !filled), initialActionState);
  const [deleteState, remove, removing] = useActionState(deletePermanentJobAction.bind(null, id), initialActionState);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {canUpdate ? (
          <form action={toggle}>
            <button type="submit" disabled={toggling} className={small}>{filled ? t("markVacant") : t("markFilled")}</button>
          </form>
        ) : null}
        {canDelete ? (
          // A wrongly clicked delete would lose a record: ask first.
          <form action={remove} onSubmit={(event) => { if (!window.confirm(t("deleteConfirm", { title }))) event.preventDefault(); }}>
            <button type="submit" disabled={removing} aria-label={t("deleteLabel", { title })} className={small}>{t("delete")}</button>
          </form>
        ) : null}
      </div>
      {!fillState.ok ? <FormStatus state={fillState} namespace="permanentJobs" /> : null}
      {!deleteState.ok ? <FormStatus state={deleteState} namespace="permanentJobs" /> : null}
      {canUpdate ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-brand-700 underline" aria-label={t("editLabel", { title })}>{t("edit")}</summary>
          <div className="mt-3 w-[min(40rem,80vw)]">
            <PermanentJobForm idPrefix={`job-${id}`} action={updatePermanentJobAction.bind(null, id)} values={values} personalData={personalData} submitLabel={t("save")} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
