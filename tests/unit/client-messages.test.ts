// Client components read messages in the browser only from the namespaces their section sends
// (lib/i18n/client-messages.ts). A namespace used by a client component but sent by no section
// would show raw keys; this test reads every client component and catches that.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_CLIENT_NAMESPACES, pickMessages, SECTION_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import ru from "@/messages/ru.json";

const root = path.resolve(import.meta.dirname, "../..");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : /\.(tsx?|mts)$/.test(entry.name) ? [full] : [];
  });
}

const sent = new Set<string>([...BASE_CLIENT_NAMESPACES, ...Object.values(SECTION_CLIENT_NAMESPACES).flat()]);

describe("messages sent to the browser", () => {
  const clientFiles = [...files(path.join(root, "components")), ...files(path.join(root, "app"))].filter((file) =>
    fs.readFileSync(file, "utf8").startsWith('"use client"'),
  );

  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  for (const file of clientFiles) {
    const source = fs.readFileSync(file, "utf8");
    const used = [...source.matchAll(/(?:useTranslations|useFormText)\("([^".]+)|namespace="([^".]+)/g)].map((m) => m[1] ?? m[2]!);
    if (used.length === 0) continue;
    it(`${path.relative(root, file)} uses only namespaces that some section sends`, () => {
      for (const namespace of used) expect(sent.has(namespace), namespace).toBe(true);
    });
  }

  // A section without its layout sends only the base namespaces: its forms showed raw keys.
  it.each(Object.keys(SECTION_CLIENT_NAMESPACES))("section %s has the layout that sends its namespaces", (section) => {
    const layout = path.join(root, "app", section, "layout.tsx");
    expect(fs.existsSync(layout), `app/${section}/layout.tsx`).toBe(true);
    expect(fs.readFileSync(layout, "utf8")).toContain(`<ClientMessages section="${section}">`);
  });

  it("names only namespaces that exist, and picks exactly them", () => {
    for (const namespace of sent) expect(Object.keys(ru)).toContain(namespace);
    expect(Object.keys(pickMessages(ru, ["nav", "errors"])).sort()).toEqual(["errors", "nav"]);
  });
});
