"use client";
// User administration's field errors: the shared FieldErrors, reading codes from "admin" (the
// password rule's message names the minimum length).
import { FieldErrors as SharedFieldErrors } from "@/components/ui/form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

export { buttonClass, inputClass, labelClass } from "@/components/ui/styles";

export function FieldErrors(props: { id: string; codes?: string[]; hint?: string }) {
  return <SharedFieldErrors {...props} namespace="admin" params={{ min: MIN_PASSWORD_LENGTH }} />;
}
