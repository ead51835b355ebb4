// Every visible string goes through the catalogues; a key missing in one language would show
// the raw key (or the wrong language) to that reader, so the three must stay in step.
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { defaultLocale, locales } from "@/lib/i18n/config";

type Tree = { [key: string]: string | Tree };
const catalogues: Record<string, Tree> = { ru, kk, en };

function leaves(tree: Tree, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** ICU arguments and rich-text tags of a message, e.g. "Данные на <when>{time}</when>" -> ["<when>", "time"]. */
function argumentsOf(message: string): string[] {
  const args = [...message.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? "");
  const tags = [...message.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`);
  return [...args, ...tags].sort();
}

describe("message catalogues", () => {
  it("exist for every supported locale, Russian first", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...locales].sort());
    expect(defaultLocale).toBe("ru");
  });

  const reference = new Map(leaves(catalogues[defaultLocale]!));

  for (const locale of locales) {
    const entries = leaves(catalogues[locale]!);

    it(`${locale} has exactly the keys of ${defaultLocale}`, () => {
      expect(entries.map(([key]) => key).sort()).toEqual([...reference.keys()].sort());
    });

    it(`${locale} has no empty strings`, () => {
      expect(entries.filter(([, value]) => value.trim() === "").map(([key]) => key)).toEqual([]);
    });

    it(`${locale} uses the same placeholders and tags as ${defaultLocale}`, () => {
      const mismatched = entries
        .filter(([key, value]) => argumentsOf(value).join() !== argumentsOf(reference.get(key) ?? "").join())
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });
  }

  it("Kazakh texts are written in Kazakh letters, not Russian look-alikes", () => {
    const text = leaves(kk).map(([, value]) => value).join(" ");
    for (const letter of ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і"]) expect(text).toContain(letter);
  });
});
