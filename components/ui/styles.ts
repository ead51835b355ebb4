// Class names of form controls, shared by server and client components. Not in form.tsx: a
// "use client" module's exports reach server components as client references, not strings.
export const inputClass =
  "block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-700 aria-[invalid=true]:border-red-600";
export const labelClass = "block text-sm font-semibold text-slate-800";
export const buttonClass =
  "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-60";
export const secondaryButtonClass =
  "rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-60";
