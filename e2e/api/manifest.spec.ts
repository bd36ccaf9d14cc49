import { expect, test } from "@playwright/test";
import { call, createApiKey } from "../support/api";
import { adminTest, appUrl } from "../support/browser";

/**
 * Devices' manifest requests (API keys) are answered by the production server's hot path before Next;
 * requests without a key by Next's route. Both must keep the same contract.
 */
type ErrorAnswer = { error: { code: string; message: string; details?: { path: string }[] } };

test("an ingest key gets the manifest; bad input, scope and credentials get the contract's JSON errors", async () => {
  const ingestKey = await createApiKey(["ingest"]);
  const readKey = await createApiKey(["read"]);
  const ok = await call("GET", "/api/v1/manifest?deviceId=hot-path-1", { key: ingestKey });
  expect(ok.status).toBe(200);
  expect(ok.headers.get("content-type")).toContain("application/json");
  expect(ok.body).toEqual({ deviceId: "hot-path-1", ring: expect.any(String), versions: expect.any(Object) });

  const refusals: [string, Record<string, string>, number, string][] = [
    ["/api/v1/manifest", { authorization: `Bearer ${ingestKey}` }, 400, "invalid_request"],
    [`/api/v1/manifest?deviceId=${"d".repeat(129)}`, { authorization: `Bearer ${ingestKey}` }, 400, "invalid_request"],
    ["/api/v1/manifest?deviceId=hot-path-1", { authorization: `Bearer ${readKey}` }, 403, "forbidden"],
    ["/api/v1/manifest?deviceId=hot-path-1", { authorization: "Bearer rw_no_such_key" }, 401, "unauthorized"],
    ["/api/v1/manifest?deviceId=hot-path-1", { authorization: "Basic abc" }, 401, "unauthorized"],
    ["/api/v1/manifest?deviceId=hot-path-1", {}, 401, "unauthorized"],
  ];
  for (const [path, headers, status, code] of refusals) {
    const answer = await call<ErrorAnswer>("GET", path, { key: null, headers });
    const where = `${path} ${JSON.stringify(headers)}`;
    expect(answer.status, where).toBe(status);
    expect(answer.headers.get("content-type"), where).toContain("application/json");
    expect(answer.body.error.code, where).toBe(code);
    expect(answer.body.error.message, where).toBeTruthy();
  }
  const missing = await call<ErrorAnswer>("GET", "/api/v1/manifest", { key: ingestKey });
  expect(missing.body.error.details?.map((d) => d.path)).toEqual(["$.deviceId"]);
});

test("a key's rate limit answers 429 with Retry-After on the manifest too", async () => {
  const key = await createApiKey(["ingest"], { rateLimitPerSec: 1 });
  // A burst of 2 s worth of requests is allowed; six at once cannot all pass.
  const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => call<ErrorAnswer>("GET", `/api/v1/manifest?deviceId=hot-path-rl-${i}`, { key })));
  const limited = answers.find((a) => a.status === 429);
  expect(answers.map((a) => a.status)).toContain(200);
  expect(limited?.body.error.code).toBe("rate_limited");
  expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
});

test("answers gzip to a client that asks for it, as Next does", async () => {
  const key = await createApiKey(["ingest"]);
  const answer = await call("GET", "/api/v1/manifest?deviceId=hot-path-gzip", { key, headers: { "accept-encoding": "gzip" } });
  expect(answer.status).toBe(200);
  expect(answer.headers.get("content-encoding")).toBe("gzip");
  expect(answer.body).toMatchObject({ deviceId: "hot-path-gzip" });
});

adminTest("a signed-in admin (Next's route) and a device key (hot path) get the same manifest", async ({ page }) => {
  const key = await createApiKey(["ingest"]);
  const byKey = await call("GET", "/api/v1/manifest?deviceId=hot-path-both", { key });
  const bySession = await page.request.get(appUrl("/api/v1/manifest?deviceId=hot-path-both"));
  expect(bySession.status()).toBe(200);
  expect(await bySession.json()).toEqual(byKey.body);
});
