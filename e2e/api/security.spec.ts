import { request as httpRequest } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { startReceiver, type Receiver } from "../../server/alerts/testReceiver";
import { call, createUser, unique } from "../support/api";
import { appUrl, pathIs, submitLogin } from "../support/browser";
import { testEnv } from "../support/env";

/** The headers every answer carries; the e2e server's RINGWATCH_PUBLIC_URL is https, so HSTS as well. */
function expectSecurityHeaders(headers: Headers, where: string): void {
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp, where).toContain("default-src 'self'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("object-src 'none'");
  expect(headers.get("x-frame-options"), where).toBe("DENY");
  expect(headers.get("x-content-type-options"), where).toBe("nosniff");
  expect(headers.get("referrer-policy"), where).toBe("strict-origin-when-cross-origin");
  expect(headers.get("strict-transport-security"), where).toMatch(/^max-age=\d+/);
}

test("pages, API answers, error answers and the manifest hot path carry the security headers", async () => {
  const probes: { where: string; path: string; key?: string | null; status?: number }[] = [
    { where: "page", path: "/login", key: null, status: 200 },
    { where: "API answer", path: "/api/v1/rings", status: 200 },
    { where: "401 error", path: "/api/v1/devices", key: null, status: 401 },
    { where: "404 error", path: "/api/v1/no/such/endpoint", status: 404 },
    // A signed-out visitor may be sent on to /login: whichever answer comes, it carries them.
    { where: "unknown page", path: "/no-such-page", key: null },
    { where: "manifest hot path", path: `/api/v1/manifest?deviceId=${unique("sec-hdr")}`, status: 200 },
    { where: "manifest hot path error", path: "/api/v1/manifest?deviceId=x", key: "rw_not_a_key", status: 401 },
  ];
  for (const probe of probes) {
    const answer = await call("GET", probe.path, { key: probe.key });
    if (probe.status !== undefined) expect(answer.status, probe.where).toBe(probe.status);
    expectSecurityHeaders(answer.headers, probe.where);
  }
});

/**
 * One POST on its own connection: the server answers 413 before the upload ends and then closes
 * that connection, which must not be one a later request of the suite reuses.
 */
function postOnOwnConnection(
  pathname: string,
  chunks: Buffer[],
  headers: Record<string, string>,
): Promise<{ status: number; contentType: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(appUrl(pathname), { method: "POST", headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), body: Buffer.concat(parts).toString("utf8") }),
      );
    });
    // The server may stop reading once it has answered; its answer is what the test looks at.
    req.on("error", (error) => (req.writableEnded ? undefined : reject(error)));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

test("a sign-in POST larger than the body cap gets a 413 JSON error before next-auth reads it", async () => {
  const huge = Buffer.from(`email=a%40b.example&password=${"x".repeat(2 * 1024 * 1024)}`);
  const form = { "content-type": "application/x-www-form-urlencoded" };
  const declared = await postOnOwnConnection("/api/auth/callback/credentials", [huge], { ...form, "content-length": String(huge.byteLength) });
  // Streamed without a Content-Length (chunked): counted while read, still refused.
  const chunks = Array.from({ length: Math.ceil(huge.byteLength / 65_536) }, (_, i) => huge.subarray(i * 65_536, (i + 1) * 65_536));
  const streamed = await postOnOwnConnection("/api/auth/callback/credentials", chunks, form);
  for (const answer of [declared, streamed]) {
    expect(answer.status).toBe(413);
    expect(answer.contentType).toContain("application/json");
    expect((JSON.parse(answer.body) as { error: { code: string } }).error.code).toBe("payload_too_large");
  }
});

test.describe("session-cookie mutations only from the app's own origin (CSRF)", () => {
  let receiver: Receiver;
  let hookId: string;

  test.beforeAll(async () => {
    receiver = await startReceiver(() => ({ status: 200, body: "ok" }), testEnv.webhookPort);
    // A ring no device is in: the hook gets the test alerts sent here and nothing else.
    const hook = await call<{ id: string }>("POST", "/api/v1/webhooks", {
      json: { url: `${receiver.url}/csrf`, format: "json", rings: [unique("csrf-ring")] },
    });
    expect(hook.status, hook.text).toBe(201);
    hookId = hook.body.id;
  });
  test.afterAll(async () => {
    await call("DELETE", `/api/v1/webhooks/${hookId}`);
    await receiver.close();
  });

  async function signInAsNewAdmin(page: Page): Promise<void> {
    await page.goto(appUrl("/login"));
    await submitLogin(page, await createUser("admin"));
    await page.waitForURL(pathIs("/overview"));
  }

  test("another site's Origin gets 403, the app's own Origin works, an API key needs none", async ({ page }) => {
    await signInAsNewAdmin(page);
    const testAlert = appUrl(`/api/v1/webhooks/${hookId}/test`);

    const crossSite: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      {},
    ];
    for (const headers of crossSite) {
      const refused = await page.request.post(testAlert, { headers });
      expect(refused.status(), JSON.stringify(headers)).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    }
    for (const method of ["PATCH", "DELETE"] as const) {
      const refused = await page.request.fetch(appUrl(`/api/v1/webhooks/${hookId}`), {
        method,
        headers: { origin: "https://evil.example" },
        data: { enabled: false },
      });
      expect(refused.status(), method).toBe(403);
    }
    expect(receiver.requests).toHaveLength(0);

    const sameOrigin = await page.request.post(testAlert, { headers: { origin: testEnv.baseUrl } });
    expect(sameOrigin.status(), await sameOrigin.text()).toBe(200);
    const fromPage = await page.request.post(testAlert, { headers: { origin: testEnv.baseUrl, "sec-fetch-site": "same-origin" } });
    expect(fromPage.status()).toBe(200);

    const byKey = await call<{ delivered: boolean }>("POST", `/api/v1/webhooks/${hookId}/test`);
    expect(byKey.status, byKey.text).toBe(200);
    expect(byKey.body.delivered).toBe(true);
    // A GET with another site's Origin changes nothing and still answers.
    expect((await page.request.get(appUrl(`/api/v1/webhooks/${hookId}`), { headers: { origin: "https://evil.example" } })).status()).toBe(200);
  });
});
