// The outage page is translated and names nothing about the database.
import { describe, expect, it } from "vitest";
import { unavailablePage } from "@/lib/http/unavailable-page";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

describe("unavailablePage", () => {
  it("speaks the reader's language, Russian by default", () => {
    expect(unavailablePage("kk", null)).toContain(kk.unavailable.title);
    expect(unavailablePage("en", null)).toContain(en.unavailable.title);
    expect(unavailablePage("xx", null)).toContain(ru.unavailable.title);
    expect(unavailablePage(undefined, null)).toContain('<html lang="ru">');
  });

  it("leads back only to a page of the portal", () => {
    expect(unavailablePage("ru", "/projects?region=11")).toContain('href="/projects?region=11"');
    expect(unavailablePage("ru", "/\t/evil.example")).toContain('href="/"');
    expect(unavailablePage("ru", '/x"><script>')).not.toContain("<script>");
  });
});
