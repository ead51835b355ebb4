// Class names of the dashboard's server-rendered controls, from the shared form styles.
import { buttonClass, labelClass } from "@/components/ui/styles";

export const selectClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-700";
export const fieldLabelClass = labelClass;
export const primaryButtonClass = buttonClass;
