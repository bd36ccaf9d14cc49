import { expect, test } from "@playwright/test";
import { call, type ApiAnswer } from "../support/api";

type ErrorAnswer = { error: { code: string; message: string } };

// server/http/unauthenticatedLimit.ts: bursts of 100 per client address, refilled at 10 a second.
const BURST = 100;
const FULL_REFILL_MS = 10_000;
const SPOOFED = { "x-ringwatch-client-address": "203.0.113.1", "x-forwarded-for": "203.0.113.2" };
const SPOOF_KINDS = [
  async () => (await call("GET", "/api/v1/devices", { key: "rw_guess_spoofed", headers: SPOOFED })).status,
  async () => (await call("GET", "/api/v1/manifest?deviceId=limit-probe", { key: null, headers: { ...SPOOFED, authorization: "Basic abc" } })).status,
  async () => (await call("GET", "/api/v1/devices", { key: null, headers: SPOOFED })).status,
];
const SPOOFS_PER_KIND = 10;
const SPOOFED_LIMITED_AT_LEAST = 24;

// Every spec calls from 127.0.0.1: leave the next one a full allowance for its anonymous probes.
test.afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, FULL_REFILL_MS));
});

test("requests without valid credentials are limited per address; a valid key is still served", async () => {
  let limited: ApiAnswer<ErrorAnswer> | undefined;
  // Alternate the hot-path manifest (node:http) and a Next route: both count against the same address.
  for (let i = 0; i < BURST * 2 && !limited; i += 1) {
    const path = i % 2 ? "/api/v1/devices" : "/api/v1/manifest?deviceId=limit-probe";
    const answer = await call<ErrorAnswer>("GET", path, { key: `rw_guess_${i}` });
    if (answer.status === 429) limited = answer;
    else expect(answer.status, `${path} #${i}`).toBe(401);
  }
  expect(limited, "no 429 after twice the burst").toBeDefined();
  expect(limited?.body.error.code).toBe("rate_limited");
  expect(limited?.headers.get("content-type")).toContain("application/json");
  expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);

  // The address is the socket's: a client cannot name another one. Had any of the three kinds a fresh
  // allowance, its ten would all be 401; shared, the spent one refills only a token or two meanwhile.
  const spoofed = await Promise.all(Array.from({ length: SPOOF_KINDS.length * SPOOFS_PER_KIND }, (_, i) => SPOOF_KINDS[i % SPOOF_KINDS.length]()));
  expect(spoofed.filter((status) => status === 429).length).toBeGreaterThanOrEqual(SPOOFED_LIMITED_AT_LEAST);

  expect((await call("GET", "/api/v1/devices")).status).toBe(200);
  expect((await call("GET", "/api/v1/manifest?deviceId=limit-probe")).status).toBe(200);
});
