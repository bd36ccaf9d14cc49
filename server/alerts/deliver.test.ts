import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAILING_AFTER, GIVE_UP_AFTER_MS } from "../../core/alerts/backoff";
import { resetConfig } from "../config";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { actOnDeployment } from "../services/deployments/act";
import { redeliver, sendTestAlert } from "../services/webhooks/deliveries";
import { admin, deliveriesOf, liveDeployment, webhookTo } from "./alertTestSupport";
import { deliverDue, type DispatchClock } from "./deliver";
import { startReceiver, type Receiver } from "./testReceiver";
import { testContext } from "../services/testContext";

describe(`webhook delivery on ${TEST_BACKEND}`, () => {
  let db: Database;
  const receivers: Receiver[] = [];
  let now = new Date();
  const clock: DispatchClock = { now: () => now, random: () => 0.5 };
  /** The app's settings in this suite: these receivers allow-listed, links to rw.example.com. */
  const allowOnly = (allowed: Receiver[]) =>
    resetConfig({ RINGWATCH_WEBHOOK_ALLOW_HOSTS: allowed.map((x) => x.hostPort).join(","), RINGWATCH_PUBLIC_URL: "https://rw.example.com" });

  async function receiver(answer?: Receiver["answer"]): Promise<Receiver> {
    const r = await startReceiver(answer);
    receivers.push(r);
    allowOnly(receivers);
    return r;
  }

  /** Runs the dispatcher, jumping the clock to the next due retry, until nothing is left to send. */
  async function drain(maxPasses = 40): Promise<void> {
    for (let pass = 0; pass < maxPasses; pass++) {
      await deliverDue(db, clock);
      // Only each endpoint's oldest undelivered message can be due: later ones wait behind it.
      const [next] = await db.sql.query<{ at: Date | null }>(
        `SELECT min(d.next_attempt_at) AS at FROM webhooks w
         JOIN LATERAL (SELECT next_attempt_at FROM webhook_deliveries x WHERE x.webhook_id = w.id AND x.status IN ('pending', 'failed') ORDER BY x.id LIMIT 1) d ON true
         WHERE w.enabled`,
      );
      if (!next.at) return;
      now = new Date(Math.max(now.getTime(), new Date(next.at).getTime()));
    }
  }

  async function pauseResumeTimes(times: number): Promise<void> {
    const id = await liveDeployment(db, now);
    for (let i = 0; i < times; i++) {
      await actOnDeployment(testContext(db, { actor: admin, now }), id, "pause", `pause ${i}`);
      await actOnDeployment(testContext(db, { actor: admin, now }), id, "resume", `resume ${i}`);
    }
  }

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    resetConfig();
    await Promise.all(receivers.map((r) => r.close()));
    await db?.close();
  });

  it("retries through a 503 outage: every alert arrives, signed, same ids, in order", async () => {
    const flaky = await receiver((_req, index) => (index < 7 ? { status: 503, body: "down for maintenance" } : { status: 200 }));
    const hook = await webhookTo(db, flaky.url);
    await pauseResumeTimes(3);
    await drain();
    const queued = await deliveriesOf(db, hook.id);
    expect(queued.map((d) => d.status)).toEqual(Array(6).fill("delivered"));
    const delivered = flaky.requests.filter((_r, i) => i >= 7);
    expect(delivered.map((r) => r.headers["webhook-id"])).toEqual(queued.map((d) => d.message_id));
    // Every earlier attempt was the first message, re-sent with the same id: nothing overtook it.
    expect(new Set(flaky.requests.slice(0, 8).map((r) => r.headers["webhook-id"]))).toEqual(new Set([queued[0].message_id]));
    const verifier = new Webhook(hook.secret!);
    // The test clock runs days ahead, past verify()'s 5-minute window: check with the official signer instead.
    for (const r of flaky.requests) {
      const expected = verifier.sign(String(r.headers["webhook-id"]), new Date(Number(r.headers["webhook-timestamp"]) * 1000), r.body);
      expect(r.headers["webhook-signature"]).toBe(expected);
    }
    const types = delivered.map((r) => (JSON.parse(r.body) as { type: string }).type);
    expect(types).toEqual(["deployment.paused", "deployment.resumed", "deployment.paused", "deployment.resumed", "deployment.paused", "deployment.resumed"]);
    expect(queued[0].attempts).toBe(8);
    const log = await db.sql.query<{ status_code: number; response: string }>(
      "SELECT status_code, response FROM webhook_delivery_attempts WHERE delivery_id = $1 ORDER BY id",
      [queued[0].id],
    );
    expect(log.map((a) => a.status_code)).toEqual([503, 503, 503, 503, 503, 503, 503, 200]);
    expect(log[0].response).toBe("down for maintenance");
  });

  it("honours Retry-After on 429 and marks an endpoint failing after repeated errors, healthy again on success", async () => {
    let mode: "limited" | "down" | "up" = "limited";
    const limited = await receiver(() =>
      mode === "limited" ? { status: 429, headers: { "retry-after": "120" } } : mode === "down" ? { status: 500 } : { status: 204 },
    );
    const hook = await webhookTo(db, limited.url);
    await pauseResumeTimes(1);
    const start = now;
    await deliverDue(db, clock);
    const [first] = await deliveriesOf(db, hook.id);
    expect(first.status).toBe("failed");
    expect(new Date(first.next_attempt_at).getTime() - start.getTime()).toBe(120_000);
    mode = "down";
    for (let i = 0; i < FAILING_AFTER; i++) {
      now = new Date(now.getTime() + 3_600_000);
      await deliverDue(db, clock);
    }
    let row = await db.prisma.webhook.findUniqueOrThrow({ where: { id: hook.id } });
    expect(row.consecutiveFailures).toBe(FAILING_AFTER + 1);
    expect(row.failingSince).not.toBeNull();
    mode = "up";
    await drain();
    row = await db.prisma.webhook.findUniqueOrThrow({ where: { id: hook.id } });
    expect([row.consecutiveFailures, row.failingSince]).toEqual([0, null]);
    expect((await deliveriesOf(db, hook.id)).map((d) => d.status)).toEqual(["delivered", "delivered"]);
  });

  it("gives up after 72 h (dead), and the endpoint's next message then goes", async () => {
    let poisoned = "";
    const gone = await receiver((req) => ({ status: req.headers["webhook-id"] === poisoned ? 502 : 200 }));
    const hook = await webhookTo(db, gone.url);
    await pauseResumeTimes(1);
    poisoned = (await deliveriesOf(db, hook.id))[0].message_id;
    const start = now;
    while (now.getTime() - start.getTime() < GIVE_UP_AFTER_MS + 3_600_000) {
      await deliverDue(db, clock);
      if ((await deliveriesOf(db, hook.id))[0].status === "dead") break;
      now = new Date(now.getTime() + 3_600_000);
    }
    const [dead] = await deliveriesOf(db, hook.id);
    expect(dead.status).toBe("dead");
    expect(dead.attempts).toBeGreaterThan(60);
    // The second message waited behind the first the whole time, then went as soon as the first was given up.
    expect(new Set(gone.requests.slice(0, -1).map((r) => r.headers["webhook-id"]))).toEqual(new Set([poisoned]));
    await drain();
    expect((await deliveriesOf(db, hook.id)).map((d) => d.status)).toEqual(["dead", "delivered"]);
    poisoned = "";
    await redeliver(testContext(db, { actor: admin, now }), hook.id, dead.id);
    await drain();
    const again = (await deliveriesOf(db, hook.id))[0];
    expect([again.status, again.message_id]).toEqual(["delivered", dead.message_id]);
  });

  it("refuses at send time an address that is not allow-listed, without touching it", async () => {
    const hidden = await receiver();
    const hook = await webhookTo(db, hidden.url);
    receivers.splice(receivers.indexOf(hidden), 1);
    allowOnly(receivers);
    await pauseResumeTimes(1);
    await deliverDue(db, clock);
    const [refused] = await deliveriesOf(db, hook.id);
    expect(refused.status).toBe("failed");
    expect(refused.last_error).toMatch(/loopback|private/);
    expect(hidden.requests).toHaveLength(0);
    await hidden.close();
    await db.prisma.webhook.delete({ where: { id: hook.id } });
  });

  it("sends a test alert at once and does not retry it", async () => {
    const probe = await receiver(() => ({ status: 200, body: "ok" }));
    const hook = await webhookTo(db, probe.url);
    const result = await sendTestAlert(testContext(db, { actor: admin, now }), hook.id);
    expect(result).toMatchObject({ delivered: true, statusCode: 200 });
    expect(probe.requests[0].headers["webhook-id"]).toBe(result.messageId);
    expect(JSON.parse(probe.requests[0].body).type).toBe("webhook.test");
    probe.answer = () => ({ status: 500 });
    expect(await sendTestAlert(testContext(db, { actor: admin, now }), hook.id)).toMatchObject({ delivered: false, statusCode: 500 });
    expect((await deliveriesOf(db, hook.id)).map((d) => d.status)).toEqual(["delivered", "dead"]);
  });

  it("serves endpoints independently: a slow one does not pace a fast one's backlog", async () => {
    const arrivals: { who: string; at: number }[] = [];
    const slow = await receiver(() => {
      arrivals.push({ who: "slow", at: performance.now() });
      return { status: 200, delayMs: 500 };
    });
    const fast = await receiver(() => {
      arrivals.push({ who: "fast", at: performance.now() });
      return { status: 200 };
    });
    const slowHook = await webhookTo(db, slow.url);
    const fastHook = await webhookTo(db, fast.url);
    await pauseResumeTimes(3);
    await deliverDue(db, clock);
    for (const hook of [slowHook, fastHook]) expect((await deliveriesOf(db, hook.id)).map((d) => d.status)).toEqual(Array(6).fill("delivered"));
    const fastDone = arrivals.filter((a) => a.who === "fast")[5].at;
    const slowSecond = arrivals.filter((a) => a.who === "slow")[1].at;
    expect(fastDone).toBeLessThan(slowSecond);
  });
});
