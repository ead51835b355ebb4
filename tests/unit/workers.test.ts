import { describe, expect, it } from "vitest";
import { maskIin } from "@/lib/workers/mask";
import { fullNameSchema, iinSchema, normalizeIin, sameName } from "@/lib/workers/schema";

describe("maskIin", () => {
  it("keeps the first and last four digits only", () => {
    expect(maskIin("900115300012")).toBe("9001****0012");
    expect(maskIin("123")).toBe("***");
  });
});

describe("worker fields", () => {
  it("drops the spaces and dashes people copy from documents", () => {
    expect(normalizeIin(" 900115 300-012 ")).toBe("900115300012");
  });

  it("gives one code per bad IIN or name", () => {
    expect(iinSchema.safeParse("").error?.issues.map((i) => i.message)).toEqual(["required"]);
    expect(iinSchema.safeParse("12345").error?.issues.map((i) => i.message)).toEqual(["iinLength"]);
    expect(fullNameSchema.safeParse("  ").error?.issues.map((i) => i.message)).toEqual(["required"]);
    expect(fullNameSchema.safeParse("12345").error?.issues.map((i) => i.message)).toEqual(["invalidName"]);
    expect(fullNameSchema.safeParse("Ж?мабаев Ерлан").error?.issues.map((i) => i.message)).toEqual(["lostLetters"]);
    expect(fullNameSchema.safeParse("Жұмабаев Е\uFFFDлан").error?.issues.map((i) => i.message)).toEqual(["lostLetters"]);
    expect(fullNameSchema.parse("О’Нил-Сейітқали Д. Б.")).toBe("О’Нил-Сейітқали Д. Б.");
    expect(fullNameSchema.safeParse("x".repeat(201)).error?.issues.map((i) => i.message)).toEqual(["tooLong"]);
    expect(fullNameSchema.parse("  Әлиев   Нұрлан  ")).toBe("Әлиев Нұрлан");
  });

  it("treats names differing only in case and spacing as the same name", () => {
    expect(sameName("Иванов  Иван", "иванов иван")).toBe(true);
    expect(sameName("Иванов Иван", "Иванов Иван Петрович")).toBe(false);
  });
});
