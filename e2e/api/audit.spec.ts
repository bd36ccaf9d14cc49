import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { call, createApiKey, unique } from "../support/api";
import { testEnv } from "../support/env";

type Entry = { action: string; actor: string; targetType: string; targetId: string; targetName: string | null; before: unknown; after: unknown };
type Page = { items: Entry[]; nextCursor: string | null };

const TOKEN = `T0KEN${randomBytes(6).toString("hex")}`;

/** Admin changes made with a key of the spec's own, so its actor names exactly these entries. */
test.describe("audit log API", () => {
  const keyName = unique("audit-api");
  const actor = `key:${keyName}`;
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const secrets: string[] = [password, TOKEN];
  let key = "";
  let userId = "";
  let webhookId = "";

  test.beforeAll(async () => {
    key = await createApiKey(["admin"], { name: keyName });
    const as = <T>(method: string, path: string, json?: unknown) => call<T>(method, path, { key, json });
    const user = await as<{ id: string }>("POST", "/api/v1/users", { email: `${unique("audited")}@ringwatch.test`, name: "Audited", role: "viewer", password });
    expect(user.status, user.text).toBe(201);
    userId = user.body.id;
    expect((await as("PATCH", `/api/v1/users/${userId}`, { role: "operator" })).status).toBe(200);
    expect((await as("PATCH", `/api/v1/users/${userId}`, { disabled: true })).status).toBe(200);
    const apiKey = await as<{ id: string; secret: string }>("POST", "/api/v1/api-keys", { name: unique("short-lived"), scopes: ["read"] });
    secrets.push(apiKey.body.secret);
    expect((await as("DELETE", `/api/v1/api-keys/${apiKey.body.id}`)).status).toBe(200);
    const url = `http://127.0.0.1:${testEnv.webhookPort}/${unique("audit")}/${TOKEN}`;
    const webhook = await as<{ id: string; secret: string }>("POST", "/api/v1/webhooks", { url, format: "json" });
    expect(webhook.status, webhook.text).toBe(201);
    secrets.push(webhook.body.secret);
    webhookId = webhook.body.id;
    expect((await as("PATCH", `/api/v1/webhooks/${webhookId}`, { minSeverity: "critical" })).status).toBe(200);
    expect((await as("DELETE", `/api/v1/webhooks/${webhookId}`)).status).toBe(200);
  });

  const audit = (query: string) => call<Page>("GET", `/api/v1/audit?${query}`);

  test("records every change with its actor and target, newest first, and no secret", async () => {
    const answer = await audit(`actor=${encodeURIComponent(actor)}`);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.items.map((e) => e.action)).toEqual([
      "webhook.deleted",
      "webhook.updated",
      "webhook.created",
      "api_key.revoked",
      "api_key.created",
      "user.disabled",
      "user.role_changed",
      "user.created",
    ]);
    expect(answer.body.items.every((e) => e.actor === actor)).toBe(true);
    expect(answer.body.items.find((e) => e.action === "user.role_changed")).toMatchObject({
      targetType: "user",
      targetId: userId,
      before: { role: "viewer" },
      after: { role: "operator" },
    });
    expect(answer.body.items[0]).toMatchObject({ targetType: "webhook", targetId: webhookId, targetName: `json → 127.0.0.1:${testEnv.webhookPort}` });
    for (const secret of secrets) expect(answer.text).not.toContain(secret);
  });

  test("filters by exact action, by a type's prefix, and by target", async () => {
    const by = `actor=${encodeURIComponent(actor)}`;
    expect((await audit(`${by}&action=user.role_changed`)).body.items.map((e) => e.action)).toEqual(["user.role_changed"]);
    expect((await audit(`${by}&action=webhook.`)).body.items.map((e) => e.action)).toEqual(["webhook.deleted", "webhook.updated", "webhook.created"]);
    expect((await audit(`${by}&targetType=api_key`)).body.items.map((e) => e.action)).toEqual(["api_key.revoked", "api_key.created"]);
    const user = await audit(`targetType=user&targetId=${userId}`);
    expect(user.body.items.map((e) => e.action)).toEqual(["user.disabled", "user.role_changed", "user.created"]);
  });

  test("refuses a filter it cannot apply with a 400 naming the parameter", async () => {
    for (const [query, path] of [
      ["action=DROP%20TABLE", "$.action"],
      ["targetType=planet", "$.targetType"],
      ["actor=", "$.actor"],
      ["format=xlsx", "$.format"],
    ]) {
      const answer = await call<{ error: { code: string; details: { path: string }[] } }>("GET", `/api/v1/audit?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.code).toBe("invalid_request");
      expect(answer.body.error.details.map((d) => d.path)).toContain(path);
    }
  });

  test("downloads every matching entry as CSV", async () => {
    const readKey = await createApiKey(["read"]);
    const answer = await call("GET", `/api/v1/audit?actor=${encodeURIComponent(actor)}&action=webhook.&format=csv`, { key: readKey });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/csv");
    expect(answer.headers.get("content-disposition")).toMatch(/^attachment; filename="ringwatch-audit-.*\.csv"$/);
    const [header, ...rows] = answer.text.trim().split("\r\n");
    expect(header).toBe('"id","at","actor","action","targetType","targetId","targetName","reason","before","after"');
    expect(rows.map((row) => row.split('","')[3])).toEqual(["webhook.deleted", "webhook.updated", "webhook.created"]);
    for (const secret of secrets) expect(answer.text).not.toContain(secret);
  });
});

test("sign-in entries (who tried which email, and whether it has an account) are shown to admins only", async ({ request }) => {
  const email = `${unique("nobody")}@ringwatch.test`;
  const { csrfToken } = (await (await request.get(`${testEnv.baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
  await request.post(`${testEnv.baseUrl}/api/auth/callback/credentials`, { form: { csrfToken, email, password: "not-the-password", json: "true" } });
  const query = `/api/v1/audit?action=user.sign_in_failed&actor=${encodeURIComponent(email)}`;

  const asAdmin = await call<Page>("GET", query);
  expect(asAdmin.status).toBe(200);
  expect(asAdmin.body.items.map((entry) => entry.action)).toEqual(["user.sign_in_failed"]);

  const reader = await createApiKey(["read"], { name: unique("audit-reader") });
  for (const path of [query, "/api/v1/audit?action=user.&limit=500", `${query}&format=csv`]) {
    const asReader = await call<Page>("GET", path, { key: reader });
    expect(asReader.status, path).toBe(200);
    expect(asReader.text, path).not.toContain(email);
    expect(asReader.text, path).not.toMatch(/user\.sign(ed)?_in/);
  }
});
