"use server";
// Server action of /admin/backups: session, permission ("backup.manage"), mutation, revalidation.
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/permissions";
import type { ActionState } from "@/lib/forms/state";
import { runAction } from "@/lib/forms/run-action";
import { requestBackup } from "./mutations";

export async function requestBackupAction(_previous: ActionState): Promise<ActionState> {
  const outcome = await runAction((actor) => {
    requirePermission(actor, "backup.manage");
    return requestBackup(actor);
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/backups");
  return { ok: true, message: "backupRequested" };
}
