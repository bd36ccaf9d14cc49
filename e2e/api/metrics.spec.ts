import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { testEnv } from "../support/env";
import { call, createApiKey, heartbeat } from "../support/api";

const PROMTOOL = process.env.PROMTOOL_PATH ?? "/usr/bin/promtool";
const sample = (text: string, series: string) => Number(new RegExp(`^${series.replace(/[{}"]/g, "\\$&")} (\\S+)$`, "m").exec(text)?.[1] ?? NaN);

test("GET /metrics serves valid Prometheus text to a read key", async () => {
  const readKey = await createApiKey(["read"]);
  const ingestKey = await createApiKey(["ingest"]);
  expect((await call("GET", "/metrics", { key: null })).status).toBe(401);
  expect((await call("GET", "/metrics", { key: ingestKey })).status).toBe(403);

  const before = await call("GET", "/metrics", { key: readKey });
  expect(before.status).toBe(200);
  expect(before.headers.get("content-type")).toContain("text/plain");
  await call("POST", "/api/v1/ingest", { key: ingestKey, json: { events: [heartbeat(`metrics-${Date.now()}`, { ring: "canary" })] } });
  const after = (await call("GET", "/metrics", { key: readKey })).text;
  expect(sample(after, 'ringwatch_ingest_events_total{outcome="accepted"}')).toBe(sample(before.text, 'ringwatch_ingest_events_total{outcome="accepted"}') + 1);
  for (const name of ["ringwatch_alert_outbox_depth", "ringwatch_alert_outbox_oldest_age_seconds", "ringwatch_webhooks_failing"])
    expect(Number.isFinite(sample(after, name)), name).toBe(true);
  expect(sample(after, 'ringwatch_ring_devices{ring="canary"}')).toBeGreaterThan(0);

  expect(sample(after, `ringwatch_alertmanager_push_failures{target="http://127.0.0.1:${testEnv.alertmanagerPort}"}`)).toBeGreaterThanOrEqual(0);
  // In CI a missing promtool is a failure (.ci/run installs it), not a skip.
  test.skip(!existsSync(PROMTOOL) && !process.env.CI, "promtool is not installed (apt-get install prometheus)");
  // promtool exits non-zero on format errors and prints lint problems (naming, help) on stdout.
  const lint = execFileSync(PROMTOOL, ["check", "metrics"], { input: after, encoding: "utf8" });
  expect(lint.trim()).toBe("");
});
