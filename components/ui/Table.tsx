// The portal's data table: one look for every table (a framed box that scrolls sideways, a grey
// header row, lines between rows, numbers right-aligned in tabular figures) and its semantics in
// one place — column headers are scope="col" unless told otherwise, row headers scope="row",
// captions screen-reader-only unless shown, a wide table's box a named, focusable region.
// Thin server-compatible components (no hooks, no "use client"): they render the same HTML a
// hand-written table would, and every other prop (id, data-*, aria-*, colSpan, …) passes through.
//
//   <Table data-testid="…"><Caption>…</Caption>
//     <THead><Tr><Th>Name</Th><Th numeric>People</Th></Tr></THead>
//     <TBody><Tr key={…}><Th scope="row">…</Th><Td numeric data-value={n}>…</Td></Tr></TBody>
//   </Table>
//
// className is for the rare special case and wins: a padding, text-align, vertical-align,
// font-weight, font-size or text colour class in it replaces the default one.
import type { ComponentPropsWithoutRef } from "react";

const groupsOf = (token: string): string[] => {
  if (token.includes(":")) return []; // variants (print:, hover:, …) add to the default, never clash with it
  if (/^p-/.test(token)) return ["px", "py"];
  if (/^px-/.test(token)) return ["px"];
  if (/^py-/.test(token)) return ["py"];
  if (/^text-(left|center|right|start|end|justify)$/.test(token)) return ["text-align"];
  if (/^text-(xs|sm|base|lg|\d?xl)$/.test(token)) return ["font-size"];
  if (/^text-([a-z]+-\d{2,3}|white|black|inherit|current)$/.test(token)) return ["text-color"];
  if (/^font-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)$/.test(token)) return ["font-weight"];
  if (/^align-/.test(token)) return ["vertical-align"];
  return [];
};

/** Joins class lists; a later class replaces an earlier one of the same kind (see groupsOf). */
function classes(...lists: Array<string | false | null | undefined>): string {
  const tokens: string[] = [];
  for (const token of lists.filter(Boolean).join(" ").split(/\s+/).filter(Boolean)) {
    const groups = groupsOf(token);
    if (groups.length > 0) {
      for (let i = tokens.length - 1; i >= 0; i--) if (groupsOf(tokens[i]!).some((group) => groups.includes(group))) tokens.splice(i, 1);
    }
    if (!tokens.includes(token)) tokens.push(token);
  }
  return tokens.join(" ");
}

const focusRing = "focus-visible:outline-2 focus-visible:outline-brand-700";

type TableProps = ComponentPropsWithoutRef<"table"> & {
  /** A wide table's box as a named region that takes keyboard focus, so it can be scrolled by keyboard. */
  region?: { "aria-labelledby": string } | { "aria-label": string };
  /** Extra classes of the box around the table (margins, height, print:…). */
  wrapperClassName?: string;
};

export function Table({ region, wrapperClassName, className, ...props }: TableProps) {
  return (
    <div
      {...(region ? { role: "region", tabIndex: 0, ...region } : {})}
      className={classes("overflow-x-auto rounded-lg border border-slate-200 bg-white", region && focusRing, wrapperClassName)}
    >
      <table className={classes("min-w-full text-left text-sm", className)} {...props} />
    </div>
  );
}

/** The table's name: read by screen readers, hidden unless `visible`. The first child of Table. */
export function Caption({ visible = false, className, ...props }: ComponentPropsWithoutRef<"caption"> & { visible?: boolean }) {
  return <caption className={classes(visible ? "px-3 py-2 text-left text-base font-semibold text-slate-900" : "sr-only", className)} {...props} />;
}

export function THead({ className, ...props }: ComponentPropsWithoutRef<"thead">) {
  return <thead className={classes("bg-slate-100 text-slate-700", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentPropsWithoutRef<"tbody">) {
  return <tbody className={classes("divide-y divide-slate-200", className)} {...props} />;
}

export function TFoot({ className, ...props }: ComponentPropsWithoutRef<"tfoot">) {
  return <tfoot className={classes("border-t-2 border-slate-300 font-semibold", className)} {...props} />;
}

export function Tr({ className, ...props }: ComponentPropsWithoutRef<"tr">) {
  return <tr className={classes(className) || undefined} {...props} />;
}

type CellProps = {
  /** A number column: right-aligned, tabular figures. */
  numeric?: boolean;
};

/**
 * A header cell: a column header (scope="col", the default; "colgroup" for a group's header row)
 * or, with scope="row", the header of its row (the name the row's cells are read with).
 */
export function Th({ scope = "col", numeric = false, className, ...props }: ComponentPropsWithoutRef<"th"> & CellProps) {
  const columnHeader = scope === "col" || scope === "colgroup";
  return (
    <th
      scope={scope}
      className={classes(
        columnHeader ? "px-3 py-2 text-left align-bottom font-semibold" : "px-3 py-2 text-left align-top font-medium",
        numeric && "text-right tabular-nums",
        className,
      )}
      {...props}
    />
  );
}

export function Td({ numeric = false, className, ...props }: ComponentPropsWithoutRef<"td"> & CellProps) {
  return <td className={classes("px-3 py-2 align-top", numeric && "text-right tabular-nums", className)} {...props} />;
}
