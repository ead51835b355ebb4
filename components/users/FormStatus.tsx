"use client";
// The form-wide outcome of an action: a success note or a refusal, announced to screen readers.
import type { UserActionState } from "@/lib/users/schema";
import { useAdminText } from "./useAdminText";

export function FormStatus({ state }: { state: UserActionState }) {
  const { error, message } = useAdminText();
  const text = state.message ? (state.ok ? message(state.message) : error(state.message)) : null;
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
