// Names of the project form's inputs, without the schema that checks them (zod): the funding
// fields render in the browser with these, and zod loads only when the form is used.
import type { FundingSource } from "@/generated/prisma/enums";

/** Funding inputs are named "funding.<SOURCE>.allocated|disbursed", as their error paths. */
export function fundingFieldName(source: FundingSource, kind: "allocated" | "disbursed"): string {
  return `funding.${source}.${kind}`;
}
