// A NUL byte (0x00) in any form field reached PostgreSQL, which refuses it in text,
// and the form answered "unexpected". Every server action validates through validate()
// (lib/forms/run-action.ts), which now refuses such a field as a field error, whatever the schema.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { nulCharacterIssues } from "@/lib/forms/text-guard";
import { stateOfError, validate } from "@/lib/forms/run-action";
import { projectFormInput, projectSchema } from "@/lib/projects/schema";

describe("NUL bytes in form fields", () => {
  it("are found at any depth of the input, with the field's path", () => {
    expect(nulCharacterIssues({ name: "Ер\u0000лан", funding: { OTHER: { allocated: "1\u0000" } }, list: ["ok", "\u0000"], n: 1 }).map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", "invalidCharacter"],
      ["funding.OTHER.allocated", "invalidCharacter"],
      ["list.1", "invalidCharacter"],
    ]);
    expect(nulCharacterIssues({ name: "Ерлан", note: null, at: new Date(0) })).toEqual([]);
  });

  it("are a field error of validate(), whatever the schema says of the field", () => {
    const form = new FormData();
    form.set("code", "AKM-1");
    form.set("name", "Школа\u0000");
    form.set("funding.OTHER.allocated", "1\u0000");
    let error: unknown;
    try {
      validate(projectSchema, projectFormInput(form));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(z.ZodError);
    expect(stateOfError(error)).toEqual({ ok: false, message: "invalidInput", errors: { name: ["invalidCharacter"], "funding.OTHER.allocated": ["invalidCharacter"] } });
    expect(() => validate(z.object({ note: z.string() }), { note: "a\u0000b" })).toThrow(z.ZodError);
    expect(validate(z.object({ note: z.string() }), { note: "ab" })).toEqual({ note: "ab" });
  });
});
