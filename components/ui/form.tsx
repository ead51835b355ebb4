"use client";
// Form primitives shared by every domain: the errors under a field (pointed at by the input's
// aria-describedby and announced), and the form-wide outcome of an action.
import type { ActionState } from "@/lib/forms/state";
import { useFormText } from "./form-text";

export { buttonClass, inputClass, labelClass, secondaryButtonClass } from "./styles";

export function FieldErrors({ id, codes, hint, namespace, params }: {
  id: string;
  codes?: string[];
  hint?: string;
  namespace?: string;
  params?: Record<string, string | number>;
}) {
  const { error } = useFormText(namespace);
  return (
    <div id={id} aria-live="polite" className="text-sm">
      {hint ? <p className="text-slate-600">{hint}</p> : null}
      {codes?.map((code) => (
        <p key={code} className="font-medium text-red-700">
          {error(code, params)}
        </p>
      ))}
    </div>
  );
}

export function FormStatus({ state, namespace }: { state: ActionState; namespace?: string }) {
  const { error, message } = useFormText(namespace);
  const text = state.message ? (state.ok ? message(state.message, state.params) : error(state.message, state.params)) : null;
  return (
    <div aria-live="polite">
      {text ? (
        <p
          role={state.ok ? "status" : "alert"}
          className={
            "rounded border px-4 py-2 text-sm " +
            (state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-800")
          }
        >
          {text}
        </p>
      ) : null}
    </div>
  );
}
