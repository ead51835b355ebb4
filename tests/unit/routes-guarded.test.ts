// Nothing of the portal is reachable without a session, and nothing is done without the
// permission table's say. proxy.ts redirects signed-out visitors, but authorization must not
// depend on it (Next.js docs), so
// - every exported server action (each exported function of a "use server" file, and each
//   function with its own "use server" directive, under lib/, app/ and components/), and
// - every exported handler of a route handler (GET, POST, ... of app/**/route.ts)
// must, in its own body, resolve the session AND check the permission table: call runAction /
// getCurrentUser / requireUser, and requirePermission / can / allows, or a guard helper listed in
// GUARD_HELPERS (whose own body this test checks in turn). Every page resolves the user itself.
// The source is read with the TypeScript compiler, and a call counts only when its name is
// imported from the module that defines it (or is a listed helper): a local function named
// `requirePermission` does not pass. tests/e2e/routes.spec.ts requests every route without a session.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { listRoutes, PUBLIC_ROUTES } from "../support/routes";

const root = path.resolve(import.meta.dirname, "../..");

type Check = "session" | "permission";

/** The functions that ARE the checks: `file#name` -> what calling it checks. */
const PRIMITIVES: Record<string, Check[]> = {
  "lib/auth/session.ts#getCurrentUser": ["session"],
  "lib/auth/session.ts#requireUser": ["session"],
  "lib/auth/permissions.ts#requirePermission": ["permission"],
  "lib/auth/permissions.ts#can": ["permission"],
  "lib/auth/permissions.ts#allows": ["permission"],
};

/**
 * Functions that do (part of) the checks for their callers. Each is verified below to call what
 * it claims, through PRIMITIVES or helpers listed before it.
 */
const GUARD_HELPERS: Record<string, { checks: Check[]; why: string }> = {
  "lib/forms/run-action.ts#runAction": { checks: ["session"], why: "the action shell: resolves the session, then runs the work" },
  "lib/auth/access.ts#requireProjectAccess": { checks: ["permission"], why: "the permission, in the project's stored region" },
  "lib/auth/access.ts#requirePlacementAccess": { checks: ["permission"], why: "the permission, in the placement's stored region" },
  "lib/auth/access.ts#requirePermanentJobAccess": { checks: ["permission"], why: "the permission, in the permanent job's stored region" },
  "lib/http/route-access.ts#routeAccess": { checks: ["session", "permission"], why: "the gate of route handlers: session, permission, one refusal shape" },
  "lib/inquiries/actions.ts#writeAnswer": { checks: ["session", "permission"], why: "the shared body of saveAnswerAction and sendAnswerAction" },
  "lib/imports/mutations.ts#requireJobAccess": { checks: ["permission"], why: "import.run, in the job's stored region" },
  // The import actions leave the permission to these mutations (each begins with requireJobAccess).
  "lib/imports/mutations.ts#confirmImportJob": { checks: ["permission"], why: "confirmImportAction's permission check" },
  "lib/imports/mutations.ts#cancelImportJob": { checks: ["permission"], why: "cancelImportAction's permission check" },
};

/** Server actions anyone may call, and why. */
const PUBLIC_ACTIONS: Record<string, string> = {
  "lib/i18n/actions.ts#setLocale": "chooses the interface language (also on the sign-in page); writes only that cookie",
};

/** Route handlers that need less than both checks, and why. */
const PUBLIC_HANDLERS: Record<string, { needs: Check[]; why: string }> = {
  "app/api/auth/[...nextauth]/route.ts#GET": { needs: [], why: "next-auth's own endpoints (CSRF token, session, sign-out): they make the session" },
  "app/api/auth/[...nextauth]/route.ts#POST": { needs: [], why: "next-auth's sign-in and sign-out: they make the session" },
  "app/unavailable/route.ts#GET": { needs: [], why: "the 503 page of a database outage: reads no session and no database" },
  "app/imports/upload/route.ts#GET": { needs: ["session"], why: "reads nothing: answers 401 signed out, 405 signed in (the upload is POST)" },
};

const HANDLER_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const SOURCE = /\.(?:ts|tsx|js|jsx|mjs)$/;

// ---------------------------------------------------------------------------------------------
// Reading the source

type FunctionLike = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;
type Exported = { name: string; fn?: FunctionLike; problem?: string };

type SourceInfo = {
  file: string;
  source: ts.SourceFile;
  /** Local name -> `file#name` of what it was imported as ("*" for a namespace import). */
  imports: Map<string, string>;
  /** Top-level functions (declarations, and consts holding a function) by name. */
  locals: Map<string, FunctionLike>;
};

const sources = new Map<string, SourceInfo>();

function read(file: string): SourceInfo {
  const known = sources.get(file);
  if (known) return known;
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const kind = file.endsWith(".tsx") || file.endsWith(".jsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const imports = new Map<string, string>();
  const locals = new Map<string, FunctionLike>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const target = resolveModule(file, statement.moduleSpecifier.text);
      const clause = statement.importClause;
      if (!target || !clause || clause.isTypeOnly) continue;
      if (clause.name) imports.set(clause.name.text, `${target}#default`);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) imports.set(bindings.name.text, `${target}#*`);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          if (element.isTypeOnly) continue;
          imports.set(element.name.text, `${target}#${(element.propertyName ?? element.name).text}`);
        }
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
      locals.set(statement.name.text, statement);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const fn = declaration.initializer && functionOf(declaration.initializer);
        if (ts.isIdentifier(declaration.name) && fn) locals.set(declaration.name.text, fn);
      }
    }
  }
  const info = { file, source, imports, locals };
  sources.set(file, info);
  return info;
}

/** "@/lib/x" or "./x" from `from` -> the repository path of the file, or null (a package). */
function resolveModule(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  const candidates = [base, ...["ts", "tsx", "js", "mjs"].map((ext) => `${base.replace(/\.js$/, "")}.${ext}`), `${base}/index.ts`];
  return candidates.find((candidate) => fs.existsSync(path.join(root, candidate)) && fs.statSync(path.join(root, candidate)).isFile()) ?? null;
}

/** The function an expression holds: `async () => …`, `async function () {…}`, also in parentheses or `as`. */
function functionOf(expression: ts.Expression): FunctionLike | undefined {
  let node: ts.Expression = expression;
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression;
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) ? node : undefined;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

/** Whether statements begin with the directive, e.g. "use server". */
function hasDirective(statements: readonly ts.Statement[], directive: string): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === directive) return true;
  }
  return false;
}

/** Every value a module exports, with the function behind it (or why it cannot be checked). */
function exportsOf(info: SourceInfo): Exported[] {
  const found: Exported[] = [];
  const local = (name: string, as: string): Exported => {
    const fn = info.locals.get(name);
    return fn ? { name: as, fn } : { name: as, problem: `exports "${name}", which is not a function declared in this file` };
  };
  for (const statement of info.source.statements) {
    if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      if (ts.isExportAssignment(statement)) {
        const fn = functionOf(statement.expression);
        if (fn) found.push({ name: "default", fn });
        else if (ts.isIdentifier(statement.expression)) found.push(local(statement.expression.text, "default"));
        else found.push({ name: "default", problem: "exports an expression whose body cannot be read" });
      } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
        if (statement.moduleSpecifier || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) {
          found.push({ name: statement.getText(), problem: "re-exports from another module: declare the function here" });
          continue;
        }
        for (const element of statement.exportClause.elements) {
          if (!element.isTypeOnly) found.push(local((element.propertyName ?? element.name).text, element.name.text));
        }
      }
      continue;
    }
    const isDefault = hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
    if (ts.isFunctionDeclaration(statement)) {
      const name = isDefault ? "default" : (statement.name?.text ?? "default");
      found.push(statement.body ? { name, fn: statement } : { name, problem: "has no body" });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText();
        const fn = declaration.initializer && functionOf(declaration.initializer);
        found.push(fn ? { name, fn } : { name, problem: "is not a function written here, so its body cannot be checked" });
      }
    } else if (ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) {
      found.push({ name: statement.name?.text ?? "default", problem: "is not a function" });
    }
    // Types and interfaces are erased: nothing to call.
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// What a function body calls

/**
 * `file#name` of each function called in `fn`'s body, including in the functions it passes to
 * calls (runAction's work, a .catch handler): those run as part of the call. A function declared
 * in the body but not passed to a call does not count, nor does a name that only looks right.
 */
function callsOf(info: SourceInfo, fn: FunctionLike): Set<string> {
  const calls = new Set<string>();
  const visit = (node: ts.Node) => {
    if (node !== fn && ts.isFunctionLike(node)) {
      const passed = node.parent && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) && node.parent.arguments?.includes(node as ts.Expression);
      if (!passed) return;
    }
    if (ts.isCallExpression(node)) {
      const target = calleeOf(info, node.expression);
      if (target) calls.add(target);
    }
    ts.forEachChild(node, visit);
  };
  if (fn.body) visit(fn.body);
  return calls;
}

function calleeOf(info: SourceInfo, expression: ts.Expression): string | null {
  if (ts.isIdentifier(expression)) {
    const imported = info.imports.get(expression.text);
    if (imported) return imported;
    return info.locals.has(expression.text) ? `${info.file}#${expression.text}` : null;
  }
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
    const namespace = info.imports.get(expression.expression.text);
    if (namespace?.endsWith("#*")) return `${namespace.slice(0, -1)}${expression.name.text}`;
  }
  return null;
}

/** What `key` (a `file#name` called somewhere) checks: a primitive, or a helper whose body was verified. */
const verified = new Map<string, Check[]>();
function checksOf(key: string, seen = new Set<string>()): Check[] {
  if (PRIMITIVES[key]) return PRIMITIVES[key];
  const helper = GUARD_HELPERS[key];
  if (!helper || seen.has(key)) return [];
  const known = verified.get(key);
  if (known) return known;
  const done = helperChecks(key, new Set([...seen, key]));
  const granted = helper.checks.filter((check) => done.includes(check));
  verified.set(key, granted);
  return granted;
}

/** The checks a listed helper's own body makes. */
function helperChecks(key: string, seen = new Set<string>([key])): Check[] {
  const [file, name] = key.split("#") as [string, string];
  const info = read(file);
  const fn = info.locals.get(name);
  if (!fn) return [];
  return bodyChecks(info, fn, seen);
}

function bodyChecks(info: SourceInfo, fn: FunctionLike, seen = new Set<string>()): Check[] {
  const checks = new Set<Check>();
  for (const call of callsOf(info, fn)) for (const check of checksOf(call, seen)) checks.add(check);
  return [...checks];
}

function describeMissing(done: Check[], needed: Check[]): string {
  const missing = needed.filter((check) => !done.includes(check));
  const words: Record<Check, string> = {
    session: "resolve the session (runAction, getCurrentUser or requireUser)",
    permission: "check the permission table (requirePermission, can, allows or a GUARD_HELPERS entry)",
  };
  return missing.map((check) => words[check]).join(" and ");
}

// ---------------------------------------------------------------------------------------------
// What must be checked

function listFiles(dir: string): string[] {
  if (!fs.existsSync(path.join(root, dir))) return [];
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : listFiles(file);
    return SOURCE.test(entry.name) && !/\.(?:test|spec)\.[a-z]+$/.test(entry.name) ? [file] : [];
  });
}

type Target = { key: string; file: string; name: string; fn?: FunctionLike; problem?: string };

/** Every server action: the exports of "use server" files, and functions with their own directive. */
function serverActions(): Target[] {
  const targets: Target[] = [];
  for (const file of ["lib", "app", "components"].flatMap(listFiles)) {
    const info = read(file);
    if (hasDirective(info.source.statements, "use server")) {
      for (const exported of exportsOf(info)) targets.push({ key: `${file}#${exported.name}`, file, ...exported });
      continue;
    }
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body) && hasDirective(node.body.statements, "use server")) {
        const name = ("name" in node && node.name ? node.name.getText() : null) ?? `(inline action, line ${info.source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`;
        targets.push({ key: `${file}#${name}`, file, name, fn: node as FunctionLike });
      }
      ts.forEachChild(node, visit);
    };
    visit(info.source);
  }
  return targets;
}

/** Every exported handler of every app/**\/route.ts. */
function routeHandlers(): Target[] {
  return listRoutes()
    .filter((route) => route.kind === "handler")
    .flatMap((route) => {
      const info = read(route.file);
      return exportsOf(info)
        .filter((exported) => HANDLER_METHODS.has(exported.name))
        .map((exported) => ({ key: `${route.file}#${exported.name}`, file: route.file, ...exported }));
    });
}

// ---------------------------------------------------------------------------------------------

describe("guard helpers do what they are listed for", () => {
  for (const [key, helper] of Object.entries(GUARD_HELPERS)) {
    it(`${key} (${helper.why})`, () => {
      const [file, name] = key.split("#") as [string, string];
      expect(read(file).locals.has(name), `${key}: no function "${name}" declared in ${file}`).toBe(true);
      const done = helperChecks(key);
      expect(describeMissing(done, helper.checks), `${key} is listed as a guard helper but does not`).toBe("");
    });
  }
});

describe("every server action resolves the session and checks the permission", () => {
  const actions = serverActions();

  it("finds the app's server actions", () => {
    expect(actions.length).toBeGreaterThan(20);
    for (const key of Object.keys(PUBLIC_ACTIONS)) {
      expect(actions.map((action) => action.key), `PUBLIC_ACTIONS lists ${key}, which is no server action`).toContain(key);
    }
  });

  for (const action of actions) {
    it(`action ${action.key}`, () => {
      if (PUBLIC_ACTIONS[action.key]) return;
      expect(action.problem, `${action.key} ${action.problem}`).toBeUndefined();
      const missing = describeMissing(bodyChecks(read(action.file), action.fn!), ["session", "permission"]);
      expect(missing, `server action ${action.key} must, in its own body, ${missing}`).toBe("");
    });
  }
});

describe("every route handler resolves the session and checks the permission", () => {
  const handlers = routeHandlers();

  it("finds the app's route handlers", () => {
    expect(handlers.length).toBeGreaterThan(8);
    for (const key of Object.keys(PUBLIC_HANDLERS)) {
      expect(handlers.map((handler) => handler.key), `PUBLIC_HANDLERS lists ${key}, which is no route handler`).toContain(key);
    }
  });

  it("handlers that need no session are on the public routes (tests/e2e/routes.spec.ts skips them)", () => {
    for (const [key, { needs }] of Object.entries(PUBLIC_HANDLERS)) {
      if (needs.length) continue;
      const route = listRoutes().find((candidate) => candidate.file === key.split("#")[0]);
      expect(PUBLIC_ROUTES, key).toContain(route?.pattern);
    }
  });

  for (const handler of handlers) {
    it(`handler ${handler.key}`, () => {
      const needed = PUBLIC_HANDLERS[handler.key]?.needs ?? ["session", "permission"];
      expect(handler.problem, `${handler.key} ${handler.problem}`).toBeUndefined();
      const missing = describeMissing(bodyChecks(read(handler.file), handler.fn!), needed);
      expect(missing, `route handler ${handler.key} must, in its own body, ${missing}`).toBe("");
    });
  }
});

describe("every page resolves the user itself", () => {
  const pages = listRoutes().filter((route) => route.kind === "page" && !PUBLIC_ROUTES.includes(route.pattern));

  it("finds the app's pages", () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  for (const page of pages) {
    it(`page ${page.pattern} (${page.file})`, () => {
      const component = exportsOf(read(page.file)).find((exported) => exported.name === "default");
      expect(component?.fn, `${page.file} has no default export function`).toBeDefined();
      const missing = describeMissing(bodyChecks(read(page.file), component!.fn!), ["session"]);
      expect(missing, `page ${page.file} must, in its own body, ${missing}`).toBe("");
    });
  }
});

describe("files of public/ that must be reachable without a session", () => {
  it("robots.txt exists, keeps every crawler out, and proxy.ts does not send it to the sign-in page", async () => {
    expect(fs.readFileSync(path.join(root, "public/robots.txt"), "utf8")).toMatch(/^User-agent: \*\nDisallow: \/\n?$/);
    const { config } = await import("../../proxy");
    expect(unstable_doesMiddlewareMatch({ config, url: "/robots.txt" })).toBe(false);
    // The matcher still covers the pages around it.
    expect(unstable_doesMiddlewareMatch({ config, url: "/projects" })).toBe(true);
  });
});
