import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { ENDPOINTS, type Method } from "../../schemas/api";
import { openApiDocument } from "../../schemas/openapi";
import { HOT_PATH_KEYS } from "./hotPaths";
import type { NextRoute } from "./route";

const APP_DIR = path.resolve(import.meta.dirname, "../../app");
const METHODS: Method[] = ["GET", "POST", "PATCH", "DELETE"];
/** Route files outside the contract: the catch-all 404 for unknown API paths, and next-auth's own endpoints. */
const NOT_IN_CONTRACT = new Set(["/api/{...path}", "/api/auth/{...nextauth}"]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** `app/api/v1/devices/[id]/route.ts` -> `/api/v1/devices/{id}` (route groups like `(app)` are not in the URL). */
function urlPathOf(file: string): string {
  const segments = path
    .relative(APP_DIR, path.dirname(file))
    .split(path.sep)
    .filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
}

async function servedRoutes() {
  const served: { key: string; handler: NextRoute<(typeof ENDPOINTS)[number]> }[] = [];
  for (const file of routeFiles(APP_DIR)) {
    const urlPath = urlPathOf(file);
    if (NOT_IN_CONTRACT.has(urlPath)) continue;
    const exports = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      if (exports[method]) served.push({ key: `${method} ${urlPath}`, handler: exports[method] as NextRoute<(typeof ENDPOINTS)[number]> });
    }
  }
  return served;
}

const keyOf = (endpoint: { method: string; path: string }) => `${endpoint.method} ${endpoint.path}`;

describe("the route registry (schemas/api)", () => {
  it("names every method and path once", () => {
    const keys = ENDPOINTS.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("is exactly what the app serves: every route file's handler is bound to the registry entry of its method and path", async () => {
    const served = await servedRoutes();
    for (const { key, handler } of served) {
      expect(handler.route, `${key} must be built with route()/nextRoute() from its registry entry`).toBeDefined();
      expect(keyOf(handler.route.endpoint), `${key} is bound to another entry`).toBe(key);
    }
    expect(served.map((s) => s.key).sort()).toEqual(ENDPOINTS.map(keyOf).sort());
  });

  it("answers its hot paths from registry entries", () => {
    for (const key of HOT_PATH_KEYS) expect(ENDPOINTS.map(keyOf)).toContain(key);
  });

  it("documents every entry in an OpenAPI 3.1 document that validates", async () => {
    const document = openApiDocument("https://ringwatch.example");
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator does refuse a broken document (a response that is not an object).
    const broken = { ...document, paths: { "/x": { get: { responses: { "200": 5 } } } } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
    for (const endpoint of ENDPOINTS) {
      const operation = (document.paths[endpoint.path] as Record<string, { responses: Record<string, unknown> }>)[endpoint.method.toLowerCase()];
      expect(operation, keyOf(endpoint)).toBeDefined();
      expect(Object.keys(operation.responses)).toContain(String(endpoint.response.status));
    }
  });
});
