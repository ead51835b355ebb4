"use client";
// The hint and the errors under a form field; the input points at this element with
// aria-describedby so screen readers read them with the field.
import { useAdminText } from "./useAdminText";

export function FieldErrors({ id, codes, hint }: { id: string; codes?: string[]; hint?: string }) {
  const { error } = useAdminText();
  return (
    <div id={id} aria-live="polite" className="text-sm">
      {hint ? <p className="text-slate-600">{hint}</p> : null}
      {codes?.map((code) => (
        <p key={code} className="font-medium text-red-700">
          {error(code)}
        </p>
      ))}
    </div>
  );
}

export const inputClass =
  "block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-700 aria-[invalid=true]:border-red-600";
export const labelClass = "block text-sm font-semibold text-slate-800";
export const buttonClass =
  "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-60";
