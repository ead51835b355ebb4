"use client";
// Funding by source (republican budget, local budget, bond loans, other): allocated and
// disbursed in tenge, one row per source. Inputs are named "funding.<SOURCE>.<kind>", the same
// path the schema reports errors on.
import { useTranslations } from "next-intl";
import { FUNDING_SOURCES } from "@/lib/projects/vocabulary";
import { fundingFieldName } from "@/lib/projects/form-fields";
import { TextField, type FieldProps } from "./Field";

type Shared = Pick<FieldProps, "idPrefix" | "errors" | "params" | "namespace">;

export function FundingFields({ values, ...shared }: Shared & { values: Record<string, string> }) {
  const t = useTranslations("projects");
  const source = useTranslations("enums.fundingSource");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("form.hints.money")}</p>
      {FUNDING_SOURCES.map((key) => (
        <fieldset key={key} className="rounded border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold text-brand-900">{source(key)}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
          {(["allocated", "disbursed"] as const).map((kind) => {
            const name = fundingFieldName(key, kind);
            return (
              <TextField
                key={name}
                {...shared}
                name={name}
                label={t("fields.fundingAmount", { source: source(key), kind: t(`fields.${kind}`) })}
                inputMode="decimal"
                defaultValue={values[name]}
              />
            );
          })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
