import { afterAll, describe, expect, it } from "vitest";
import { configFrom } from "../config";
import { sendWebhook } from "./send";
import { guardedLookup, SsrfRefusal } from "./ssrf";
import { startReceiver, type Receiver } from "./testReceiver";

const request = { headers: { "content-type": "application/json" }, body: "{}" };

describe("sending one webhook request", () => {
  const receivers: Receiver[] = [];
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.close()));
  });

  it("does not follow redirects: a 3xx is a failure and the target is never requested", async () => {
    const target = await startReceiver();
    const redirecting = await startReceiver(() => ({ status: 302, headers: { location: target.url } }));
    receivers.push(target, redirecting);
    const settings = configFrom({ RINGWATCH_WEBHOOK_ALLOW_HOSTS: `${redirecting.hostPort},${target.hostPort}` });
    const sent = await sendWebhook(redirecting.url, request, settings);
    expect(sent).toMatchObject({ ok: false, statusCode: 302 });
    expect(sent.error).toContain("not followed");
    expect(target.requests).toHaveLength(0);
  });

  it("refuses a host name that resolves to loopback, before connecting", async () => {
    const hidden = await startReceiver();
    receivers.push(hidden);
    const sent = await sendWebhook(hidden.url.replace("127.0.0.1", "localhost"), request, configFrom({}));
    expect(sent.ok).toBe(false);
    expect(sent.error).toMatch(/Refusing localhost/);
    expect(hidden.requests).toHaveLength(0);
  });

  it("the socket lookup itself refuses private answers (DNS changing between check and connect)", async () => {
    const error = await new Promise<Error | null>((resolve) => guardedLookup("localhost", { all: true }, (e) => resolve(e)));
    expect(error).toBeInstanceOf(SsrfRefusal);
  });

  it("gives up on a receiver that does not answer in time", async () => {
    const slow = await startReceiver(() => ({ status: 200, delayMs: 11_000 }));
    receivers.push(slow);
    const sent = await sendWebhook(slow.url, request, configFrom({ RINGWATCH_WEBHOOK_ALLOW_HOSTS: slow.hostPort }));
    expect(sent.ok).toBe(false);
    expect(sent.error).toMatch(/no answer within 10 s/);
    expect(sent.latencyMs).toBeGreaterThanOrEqual(9_900);
    expect(sent.latencyMs).toBeLessThan(10_900);
  }, 20_000);
});
