// The import's and the placements' modules are marked "server-only" (they must never reach a
// browser bundle); the benchmarks run them in Node, as on the server, so that marker must
// resolve to its empty server build. Call allowServerOnly() before the first (dynamic) import
// of such a module: static imports are resolved before any code of the importing module runs.
// Used by `npm run worker` and the benchmarks.
import { register } from "node:module";

export function allowServerOnly() {
  const serverOnly = new URL("../../node_modules/server-only/empty.js", import.meta.url).href;
  register(
    "data:text/javascript," +
      encodeURIComponent(`export async function resolve(specifier, context, next) {
        return specifier === "server-only" ? { url: ${JSON.stringify(serverOnly)}, shortCircuit: true } : next(specifier, context);
      }`),
    import.meta.url,
  );
}
