// Class names of the dashboard's server-rendered controls. Not imported from components/ui/form.tsx:
// that module is "use client", so in a server component its string constants arrive as client
// references, not as strings.
export const selectClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-700";
export const fieldLabelClass = "block text-sm font-semibold text-slate-800";
export const primaryButtonClass =
  "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";
