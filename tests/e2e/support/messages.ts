// The Russian catalogue, for asserting what a Russian-speaking user reads. Read from disk:
// Playwright loads specs as ES modules, where a JSON import needs an import attribute.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type Messages from "@/messages/ru.json";

export const ru: typeof Messages = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "../../../messages/ru.json"), "utf8"));
