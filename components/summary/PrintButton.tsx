"use client";
// Opens the browser's print dialog; the print stylesheet (app/summary/print.css) turns the page
// into a clean A4 document.
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
    >
      {label}
    </button>
  );
}
