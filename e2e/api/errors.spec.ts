import { expect, test } from "@playwright/test";
import { call, createApiKey } from "../support/api";

/** Bad requests across the API: always a JSON error with a 4xx, never a 500 or an HTML page. */
const probes: { method: string; path: string; body?: string; contentType?: string }[] = [
  { method: "GET", path: "/api/v1/devices?limit=0" },
  { method: "GET", path: "/api/v1/devices?limit=100000" },
  { method: "GET", path: "/api/v1/devices?state=melted" },
  { method: "GET", path: "/api/v1/devices?cursor=%%%garbage" },
  { method: "GET", path: "/api/v1/devices?version=1.0" },
  { method: "GET", path: "/api/v1/devices/does-not-exist" },
  { method: "GET", path: "/api/v1/no/such/endpoint" },
  { method: "POST", path: "/api/v1/ingest", body: "[]", contentType: "application/json" },
  { method: "POST", path: "/api/v1/ingest", body: "null", contentType: "application/json" },
  { method: "POST", path: "/api/v1/ingest", body: '{"events":"many"}', contentType: "application/json" },
  { method: "POST", path: "/api/v1/ingest", body: "\u0000\u0001", contentType: "application/json" },
  { method: "POST", path: "/api/v1/users", body: '{"email":"nope"}', contentType: "application/json" },
  { method: "PATCH", path: "/api/v1/users/not-a-uuid", body: '{"role":"admin"}', contentType: "application/json" },
  { method: "DELETE", path: "/api/v1/api-keys/00000000-0000-0000-0000-000000000000" },
  { method: "POST", path: "/api/v1/api-keys", body: '{"name":"x","scopes":["root"]}', contentType: "application/json" },
];

test("bad input gets a 4xx JSON error, never a 500 or HTML", async () => {
  for (const probe of probes) {
    const answer = await call<{ error?: { code: string; message: string } }>(probe.method, probe.path, {
      body: probe.body,
      headers: probe.contentType ? { "content-type": probe.contentType } : {},
    });
    const where = `${probe.method} ${probe.path} ${probe.body ?? ""}`;
    expect(answer.status, where).toBeGreaterThanOrEqual(400);
    expect(answer.status, where).toBeLessThan(500);
    expect(answer.headers.get("content-type"), where).toContain("application/json");
    expect(answer.body?.error?.code, where).toMatch(/^[a-z_]+$/);
    expect(answer.body?.error?.message, where).toBeTruthy();
  }
});

const forged = (value: unknown) => encodeURIComponent(Buffer.from(JSON.stringify(value)).toString("base64url"));
const SOME_UUID = "3f2b8e8c-4a0e-4c3b-9a57-0d6f2b1c9e10";
const LISTS = [
  "/api/v1/devices",
  "/api/v1/devices?sort=last_seen",
  "/api/v1/anomalies",
  "/api/v1/deployments",
  "/api/v1/releases",
  "/api/v1/audit",
  "/api/v1/remediation",
  `/api/v1/anomalies/${SOME_UUID}/devices`,
];
const BAD_ANYWHERE = ["garbage", "%%%garbage", forged({ a: 1 }), forged([1, 2]), forged(["", "dev\u0000"]), forged(["", "dev\uD800"]), forged(["a", "b", "c"])];
// Lists keyed on (time, uuid) or on a row number; device ids are free text, so a device list takes any string pair.
const BAD_BY_KEY: Record<string, string[]> = {
  timeAndUuid: [forged(["2026-11-22T10:00:00.000Z", "not-a-uuid"]), forged(["2026-02-30T10:00:00Z", SOME_UUID]), forged(["0000-01-01T00:00:00Z", SOME_UUID])],
  serial: [forged(["", "NaN"]), forged(["", "99999999999999999999"])],
  time: [forged(["yesterday", "dev-1"])],
};
const keyOf = (list: string) =>
  /anomalies$|deployments|releases/.test(list) ? "timeAndUuid" : list.endsWith("audit") ? "serial" : list.endsWith("last_seen") ? "time" : "";
const cursorsFor = (list: string) => [...BAD_ANYWHERE, ...(BAD_BY_KEY[keyOf(list)] ?? [])];
const BAD_PARAMS = ["limit=abc", "limit=100000", "limit=-1", "state=nonsense", "status=nonsense", "ring=can%00ary", "q=%00"];

test("forged cursors and garbage query parameters get a 400 from every list, never a 500", async () => {
  const probes = [
    ...LISTS.flatMap((list) => cursorsFor(list).map((cursor) => `${list}${list.includes("?") ? "&" : "?"}cursor=${cursor}`)),
    ...["/api/v1/devices", "/api/v1/anomalies", "/api/v1/deployments", "/api/v1/remediation"].flatMap((list) => BAD_PARAMS.map((param) => `${list}?${param}`)),
    "/api/v1/alerts?before=abc",
    "/api/v1/alerts?limit=abc",
    `/api/v1/anomalies/${SOME_UUID}/devices?state=nonsense`,
  ];
  for (const path of probes) {
    const answer = await call<{ error?: { code: string; details?: { path: string }[] } }>("GET", path);
    // A filter a list does not have is ignored, not refused; everything else must be a 400.
    if (answer.status === 200) {
      expect(path, "only an unknown filter may pass").toMatch(/[?&](state|status|ring|q)=/);
      continue;
    }
    expect(answer.status, path).toBe(400);
    expect(answer.body?.error?.code, path).toBe("invalid_request");
    expect(answer.body?.error?.details?.length, path).toBeGreaterThan(0);
  }
});

test("every endpoint refuses anonymous callers with 401 JSON", async () => {
  for (const [method, path] of [
    ["GET", "/api/v1/devices"],
    ["GET", "/api/v1/devices/x"],
    ["GET", "/api/v1/users"],
    ["GET", "/api/v1/api-keys"],
    ["POST", "/api/v1/ingest"],
    ["GET", "/api/v1/rings"],
  ]) {
    const answer = await call(method, path, { key: null });
    expect(answer.status, `${method} ${path}`).toBe(401);
    expect(answer.headers.get("content-type")).toContain("application/json");
  }
});

test("scopes are enforced: ingest keys cannot read, read keys cannot manage", async () => {
  const ingestKey = await createApiKey(["ingest"]);
  const readKey = await createApiKey(["read"]);
  expect((await call("GET", "/api/v1/devices", { key: ingestKey })).status).toBe(403);
  expect((await call("GET", "/api/v1/devices", { key: readKey })).status).toBe(200);
  expect((await call("GET", "/api/v1/api-keys", { key: readKey })).status).toBe(403);
  expect((await call("POST", "/api/v1/users", { key: readKey, json: { email: "x@y.z", name: "x", role: "admin", password: "0123456789" } })).status).toBe(403);
});

test("a revoked key stops working at once", async () => {
  const created = await call<{ id: string; secret: string }>("POST", "/api/v1/api-keys", { json: { name: "to-revoke", scopes: ["read"] } });
  expect((await call("GET", "/api/v1/devices", { key: created.body.secret })).status).toBe(200);
  expect((await call("DELETE", `/api/v1/api-keys/${created.body.id}`)).status).toBe(200);
  expect((await call("GET", "/api/v1/devices", { key: created.body.secret })).status).toBe(401);
});
