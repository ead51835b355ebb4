"use client";
// User administration's form outcome: the shared FormStatus, reading codes from "admin".
import { FormStatus as SharedFormStatus } from "@/components/ui/form";
import type { ActionState } from "@/lib/forms/state";

export function FormStatus({ state }: { state: ActionState }) {
  return <SharedFormStatus state={state} namespace="admin" />;
}
