import { randomUUID } from "node:crypto";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { holdersOf, ROLES, SCOPES, type Role, type Scope } from "../../schemas/access";
import { API, pathOf, paramNamesOf, type EndpointDefinition, type EndpointName } from "../../schemas/api";
import { errorResponseSchema } from "../../schemas/errors";
import { createApiKey, createUser, unique } from "../support/api";
import { testEnv } from "../support/env";

/**
 * Every registry entry x every kind of caller -> the answer the permission table implies: 401
 * without credentials, 403 without the permission, otherwise admitted (2xx with the registry's
 * response shape, or a 4xx about the input). Generated from schemas/api and schemas/access, so a
 * route is covered the day it is added. Mutations are sent an empty body or unknown ids, so an
 * admitted caller changes nothing.
 */

type Caller = { kind: "none" } | { kind: "key"; scope: Scope } | { kind: "session"; role: Role };
const CALLERS: Caller[] = [
  { kind: "none" },
  ...SCOPES.map((scope) => ({ kind: "key", scope }) as const),
  ...ROLES.map((role) => ({ kind: "session", role }) as const),
];
const describeCaller = (caller: Caller) =>
  caller.kind === "none" ? "no credentials" : caller.kind === "key" ? `${caller.scope} key` : `${caller.role} session`;

/** A query that passes validation where one is required; an endpoint without one here is still covered (its 400 counts as admitted). */
const SAMPLE_QUERY: Partial<Record<EndpointName, Record<string, string>>> = {
  manifest: { deviceId: "authz-matrix-never-seen" },
  deploymentGate: { ring: "canary" },
};

/** Answers an admitted caller may get without its request being wrong about authorization. */
const ADMITTED_ERRORS = new Set([400, 404, 409, 413, 415]);

function expected(endpoint: EndpointDefinition, caller: Caller): "public" | 401 | 403 | "admitted" {
  if (endpoint.permission === null) return "public";
  if (caller.kind === "none") return 401;
  const { scopes, roles } = holdersOf(endpoint.permission);
  const allowed = caller.kind === "key" ? scopes.includes(caller.scope) : roles.includes(caller.role);
  return allowed ? "admitted" : 403;
}

function urlOf(name: EndpointName, endpoint: EndpointDefinition): string {
  const params = Object.fromEntries(paramNamesOf(endpoint.path).map((param) => [param, randomUUID()]));
  const query = new URLSearchParams(SAMPLE_QUERY[name] ?? {}).toString();
  return `${pathOf(endpoint.path, params)}${query ? `?${query}` : ""}`;
}

interface Callers {
  keys: Record<Scope, string>;
  sessions: Record<Role, APIRequestContext>;
  anonymous: APIRequestContext;
}

async function signedIn(role: Role): Promise<APIRequestContext> {
  const user = await createUser(role);
  const context = await request.newContext({ baseURL: testEnv.baseUrl });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await context.post("/api/auth/callback/credentials", { form: { csrfToken, email: user.email, password: user.password, json: "true" } });
  expect(answer.ok(), `sign in as ${role}`).toBe(true);
  const me = await context.get("/api/v1/me");
  expect(await me.json(), `${role} session`).toMatchObject({ kind: "user", role });
  return context;
}

let callers: Callers;

test.beforeAll(async () => {
  // Keys with a high limit: the matrix sends a few hundred requests quickly.
  const keys = Object.fromEntries(
    await Promise.all(SCOPES.map(async (scope) => [scope, await createApiKey([scope], { name: unique(`matrix-${scope}`), rateLimitPerSec: 10_000 })])),
  ) as Record<Scope, string>;
  const sessions = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await signedIn(role)]))) as Record<Role, APIRequestContext>;
  callers = { keys, sessions, anonymous: await request.newContext({ baseURL: testEnv.baseUrl }) };
});

test.afterAll(async () => {
  await Promise.all([callers.anonymous, ...Object.values(callers.sessions)].map((context) => context.dispose()));
});

async function send(endpoint: EndpointDefinition, url: string, caller: Caller, options: { origin?: boolean } = {}) {
  const context = caller.kind === "session" ? callers.sessions[caller.role] : callers.anonymous;
  const headers: Record<string, string> = {};
  if (caller.kind === "key") headers.authorization = `Bearer ${callers.keys[caller.scope]}`;
  // A browser page of the app sends its Origin with every change; the CSRF check refuses changes without one.
  if (caller.kind === "session" && options.origin !== false) headers.origin = new URL(testEnv.baseUrl).origin;
  return context.fetch(url, { method: endpoint.method, headers, ...(endpoint.body ? { data: {} } : {}) });
}

for (const [name, endpoint] of Object.entries(API) as [EndpointName, EndpointDefinition][]) {
  test(`${endpoint.method} ${endpoint.path}: every caller gets what the permission table says`, async () => {
    const url = urlOf(name, endpoint);
    for (const caller of CALLERS) {
      const where = `${endpoint.method} ${url} as ${describeCaller(caller)}`;
      const answer = await send(endpoint, url, caller);
      const status = answer.status();
      const outcome = expected(endpoint, caller);
      const isJson = (answer.headers()["content-type"] ?? "").includes("application/json");
      if (outcome === 401 || outcome === 403) {
        expect(status, where).toBe(outcome);
        expect(errorResponseSchema.safeParse(await answer.json()).success, `${where}: contract error body`).toBe(true);
        continue;
      }
      if (status >= 200 && status < 300) {
        expect(status, where).toBe(endpoint.response.status);
        if (isJson) {
          const parsed = endpoint.response.schema.safeParse(await answer.json());
          expect(parsed.error?.issues ?? [], `${where}: answer matches the registry's response schema`).toEqual([]);
        } else {
          expect(endpoint.response.contentType ?? "", `${where}: content type`).not.toBe("");
        }
      } else {
        expect(ADMITTED_ERRORS.has(status), `${where}: admitted, answered ${status} ${await answer.text()}`).toBe(true);
        expect(errorResponseSchema.safeParse(await answer.json()).success, `${where}: contract error body`).toBe(true);
      }
    }
  });
}

test("every change a signed-in browser sends without the app's Origin is refused (CSRF), for every mutating route", async () => {
  const admin: Caller = { kind: "session", role: "admin" };
  const mutations = (Object.entries(API) as [EndpointName, EndpointDefinition][]).filter(
    ([, endpoint]) => endpoint.method !== "GET" && endpoint.permission !== null,
  );
  expect(mutations.length).toBeGreaterThan(10);
  for (const [name, endpoint] of mutations) {
    const answer = await send(endpoint, urlOf(name, endpoint), admin, { origin: false });
    expect(answer.status(), `${endpoint.method} ${endpoint.path} without Origin`).toBe(403);
  }
});
