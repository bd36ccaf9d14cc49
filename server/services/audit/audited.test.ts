import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, type AuditAction, type AuditTargetType } from "../../../schemas/audit";
import { startReceiver, type Receiver } from "../../alerts/testReceiver";
import { userPrincipal, type Principal } from "../../auth/principal";
import type { Database } from "../../db/database";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import { actOnAnomaly } from "../anomalies/act";
import { createApiKey } from "../apiKeys/create";
import { revokeApiKey } from "../apiKeys/revoke";
import type { ServiceContext } from "../context";
import { actOnDeployment } from "../deployments/act";
import { createDeployment } from "../deployments/create";
import { recordRepair } from "../devices/repair";
import { placeHold, releaseHold } from "../holds/place";
import { acceptEvents } from "../ingest/accept";
import { ServiceError, type ServiceErrorKind } from "../errors";
import { createRelease } from "../releases/create";
import { createRing, updateRing } from "../rings/save";
import { testContext } from "../testContext";
import { createUser } from "../users/create";
import { updateUser } from "../users/update";
import { createWebhook } from "../webhooks/create";
import { redeliver, sendTestAlert } from "../webhooks/deliveries";
import { deleteWebhook, updateWebhook } from "../webhooks/manage";

const NOW = new Date("2026-12-02T09:30:00.000Z");
const UNKNOWN = "3f2b8e8c-4a0e-4c3b-9a57-0d6f2b1c9e10";
const PASSWORD = "a long enough password";
const WEBHOOK_TOKEN = "T0KEN-IN-THE-PATH";

interface Target {
  id: string;
  name: string;
}

/** What a case's change needs, made before the change (its own entries are not the change's). */
type Fixture = Record<string, string>;

interface AuditCase {
  action: AuditAction;
  targetType: AuditTargetType;
  prepare?: () => Promise<Fixture>;
  /** Makes the change and names its target. */
  change: (ctx: ServiceContext, fixture: Fixture) => Promise<Target>;
  /** The same kind of change, refused. */
  refuse: (ctx: ServiceContext, fixture: Fixture) => Promise<unknown>;
  /** How it is refused; "database" when the database refuses it. */
  refusedAs: ServiceErrorKind | "database";
}

interface AuditRow {
  at: Date;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  target_name: string | null;
  before: unknown;
  after: unknown;
}

/** Every audited change, as an admin: one entry with actor, action and target, and none when refused. */
describe(`audited changes on ${TEST_BACKEND}`, () => {
  let db: Database;
  let receiver: Receiver;
  let admin: Principal;
  let run = 0;
  const unique = (name: string) => `${name}-${++run}`;
  const asAdmin = () => testContext(db, { actor: admin, now: NOW });
  const secrets: string[] = [PASSWORD, WEBHOOK_TOKEN];

  beforeAll(async () => {
    db = await openTestDatabase();
    receiver = await startReceiver();
    process.env.RINGWATCH_WEBHOOK_ALLOW_HOSTS = receiver.hostPort;
    const root = await createUser(testContext(db), { email: "root@example.com", name: "Root", role: "admin", password: PASSWORD });
    admin = userPrincipal("admin", root.email, root.id);
  });
  afterAll(async () => {
    delete process.env.RINGWATCH_WEBHOOK_ALLOW_HOSTS;
    await receiver.close();
    await db.close();
  });

  const lastId = async () => Number((await db.sql.query<{ id: number | null }>("SELECT max(id)::int AS id FROM audit_log"))[0].id ?? 0);
  const entriesAfter = (id: number) =>
    db.sql.query<AuditRow>("SELECT at, actor, action, target_type, target_id, target_name, before, after FROM audit_log WHERE id > $1 ORDER BY id", [id]);

  const user =
    (over: { role?: "viewer" | "operator"; disabled?: boolean } = {}) =>
    async (): Promise<Fixture> => {
      const created = await createUser(testContext(db), {
        email: `${unique("user")}@example.com`,
        name: "Someone",
        role: over.role ?? "viewer",
        password: PASSWORD,
      });
      if (over.disabled) await updateUser(testContext(db), created.id, { disabled: true });
      return { id: created.id, email: created.email };
    };
  const webhook = async (): Promise<Fixture> => {
    const created = await createWebhook(testContext(db), {
      url: `${receiver.url}/${unique("hooks")}/${WEBHOOK_TOKEN}`,
      format: "json",
      minSeverity: "info",
      enabled: true,
    });
    if (created.secret) secrets.push(created.secret);
    return { id: created.id, name: `json → ${receiver.hostPort}` };
  };
  const deployment = async (): Promise<Fixture> => {
    const release = await createRelease(testContext(db), { component: unique("agent"), version: "2.0" });
    const started = await createDeployment(testContext(db), { releaseId: release.id, stages: [{ ring: "canary", bakeSeconds: 3600 }], autoPause: false });
    return { id: started.id, name: `${release.component} 2.0` };
  };
  const anomaly = async (): Promise<Fixture> => {
    const { id } = await deployment();
    const [row] = await db.sql.query<{ id: string; component: string }>(
      `INSERT INTO anomalies (kind, severity, status, deployment_id, release_id, ring, component, version, summary, evidence, detected_at, updated_at, last_firing_at)
       SELECT 'boot_loop', 'critical', 'open', id, release_id, 'canary', component, version, 'Boot loops in canary', '{}'::jsonb, now(), now(), now()
       FROM deployments WHERE id = $1 RETURNING id::text AS id, component`,
      [id],
    );
    return { id: row.id, name: `Boot loop in canary · ${row.component} 2.0` };
  };

  const CASES: AuditCase[] = [
    {
      action: "user.created",
      targetType: "user",
      refusedAs: "conflict",
      prepare: async () => ({ email: `${unique("new")}@example.com` }),
      change: async (ctx, { email }) => ({ id: (await createUser(ctx, { email, name: "New", role: "viewer", password: PASSWORD })).id, name: email }),
      refuse: (ctx, { email }) => createUser(ctx, { email, name: "Again", role: "viewer", password: PASSWORD }),
    },
    {
      action: "user.role_changed",
      targetType: "user",
      refusedAs: "conflict",
      prepare: user(),
      change: async (ctx, { id, email }) => ({ id: (await updateUser(ctx, id, { role: "operator" })).id, name: email }),
      refuse: (ctx) => updateUser(ctx, admin.id, { role: "viewer" }),
    },
    {
      action: "user.disabled",
      targetType: "user",
      refusedAs: "conflict",
      prepare: user(),
      change: async (ctx, { id, email }) => ({ id: (await updateUser(ctx, id, { disabled: true })).id, name: email }),
      refuse: (ctx) => updateUser(ctx, admin.id, { disabled: true }),
    },
    {
      action: "user.enabled",
      targetType: "user",
      refusedAs: "not_found",
      prepare: user({ disabled: true }),
      change: async (ctx, { id, email }) => ({ id: (await updateUser(ctx, id, { disabled: false })).id, name: email }),
      refuse: (ctx) => updateUser(ctx, UNKNOWN, { disabled: false }),
    },
    {
      action: "user.renamed",
      targetType: "user",
      refusedAs: "not_found",
      prepare: user(),
      change: async (ctx, { id, email }) => ({ id: (await updateUser(ctx, id, { name: "Renamed" })).id, name: email }),
      refuse: (ctx) => updateUser(ctx, "not-a-uuid", { name: "Renamed" }),
    },
    {
      action: "user.password_reset",
      targetType: "user",
      refusedAs: "not_found",
      prepare: user(),
      change: async (ctx, { id, email }) => ({ id: (await updateUser(ctx, id, { password: `${PASSWORD} 2` })).id, name: email }),
      refuse: (ctx) => updateUser(ctx, UNKNOWN, { password: `${PASSWORD} 3` }),
    },
    {
      action: "api_key.created",
      targetType: "api_key",
      refusedAs: "database",
      prepare: async () => ({ name: unique("deployer") }),
      change: async (ctx, { name }) => {
        const key = await createApiKey(ctx, { name, scopes: ["operate"] });
        secrets.push(key.secret);
        return { id: key.id, name };
      },
      // The schema allows no rate of 0; the table refuses one too, inside the transaction.
      refuse: (ctx, { name }) => createApiKey(ctx, { name, scopes: ["read"], rateLimitPerSec: 0 }),
    },
    {
      action: "api_key.revoked",
      targetType: "api_key",
      refusedAs: "not_found",
      prepare: async () => {
        const key = await createApiKey(testContext(db), { name: unique("old"), scopes: ["read"] });
        secrets.push(key.secret);
        return { id: key.id, name: key.name };
      },
      change: async (ctx, { id, name }) => ({ id: (await revokeApiKey(ctx, id)).id, name }),
      refuse: (ctx) => revokeApiKey(ctx, UNKNOWN),
    },
    {
      action: "webhook.created",
      targetType: "webhook",
      refusedAs: "invalid",
      change: async (ctx) => ({
        id: (await createWebhook(ctx, { url: `${receiver.url}/created/${WEBHOOK_TOKEN}`, format: "slack", minSeverity: "warning", enabled: true })).id,
        name: `slack → ${receiver.hostPort}`,
      }),
      refuse: (ctx) => createWebhook(ctx, { url: "http://10.1.2.3/hook", format: "json", minSeverity: "info", enabled: true }),
    },
    {
      action: "webhook.updated",
      targetType: "webhook",
      refusedAs: "not_found",
      prepare: webhook,
      change: async (ctx, { id, name }) => ({ id: (await updateWebhook(ctx, id, { minSeverity: "critical", rings: ["canary"] })).id, name }),
      refuse: (ctx) => updateWebhook(ctx, UNKNOWN, { enabled: false }),
    },
    {
      action: "webhook.tested",
      targetType: "webhook",
      refusedAs: "not_found",
      prepare: webhook,
      change: async (ctx, { id, name }) => {
        expect((await sendTestAlert(ctx, id)).delivered).toBe(true);
        return { id, name };
      },
      refuse: (ctx) => sendTestAlert(ctx, UNKNOWN),
    },
    {
      action: "webhook.redelivered",
      targetType: "webhook",
      refusedAs: "not_found",
      prepare: async () => {
        const hook = await webhook();
        return { ...hook, deliveryId: (await sendTestAlert(testContext(db), hook.id)).deliveryId };
      },
      change: async (ctx, { id, name, deliveryId }) => {
        await redeliver(ctx, id, deliveryId);
        return { id, name };
      },
      refuse: (ctx, { id }) => redeliver(ctx, id, "999999999"),
    },
    {
      action: "webhook.deleted",
      targetType: "webhook",
      refusedAs: "not_found",
      prepare: webhook,
      change: async (ctx, { id, name }) => ({ id: (await deleteWebhook(ctx, id)).id, name }),
      refuse: (ctx, { id }) => deleteWebhook(ctx, id),
    },
    {
      action: "release.created",
      targetType: "release",
      refusedAs: "conflict",
      prepare: async () => ({ component: unique("sensor") }),
      change: async (ctx, { component }) => ({ id: (await createRelease(ctx, { component, version: "7.11" })).id, name: `${component} 7.11` }),
      refuse: (ctx, { component }) => createRelease(ctx, { component, version: "7.11" }),
    },
    {
      action: "ring.created",
      targetType: "ring",
      refusedAs: "conflict",
      prepare: async () => ({ name: unique("lab") }),
      change: async (ctx, { name }) => ({ id: (await createRing(ctx, { name, order: 50 })).id, name }),
      refuse: (ctx, { name }) => createRing(ctx, { name, order: 51 }),
    },
    {
      action: "ring.updated",
      targetType: "ring",
      refusedAs: "invalid",
      prepare: async () => {
        const ring = await createRing(testContext(db), { name: unique("pilot"), order: 60 });
        return { id: ring.id, name: ring.name };
      },
      change: async (ctx, { id, name }) => ({ id: (await updateRing(ctx, id, { order: 61 })).id, name }),
      // A percent on this ring too would make the percentages sum past 100.
      refuse: (ctx, { id }) => updateRing(ctx, id, { percent: 50 }),
    },
    {
      action: "deployment.start",
      targetType: "deployment",
      refusedAs: "conflict",
      prepare: async () => {
        const release = await createRelease(testContext(db), { component: unique("content"), version: "291" });
        return { releaseId: release.id, name: `${release.component} 291` };
      },
      change: async (ctx, { releaseId, name }) => ({
        id: (await createDeployment(ctx, { releaseId, stages: [{ ring: "canary", bakeSeconds: 60 }], autoPause: true })).id,
        name,
      }),
      refuse: (ctx, { releaseId }) => createDeployment(ctx, { releaseId, stages: [{ ring: "canary", bakeSeconds: 60 }], autoPause: true }),
    },
    {
      action: "deployment.pause",
      targetType: "deployment",
      refusedAs: "conflict",
      prepare: deployment,
      change: async (ctx, { id, name }) => ({ id: (await actOnDeployment(ctx, id, "pause", "canary crash reports")).id, name }),
      refuse: (ctx, { id }) => actOnDeployment(ctx, id, "pause", "again"),
    },
    {
      action: "deployment.hold",
      targetType: "deployment",
      refusedAs: "conflict",
      prepare: deployment,
      change: async (ctx, { id, name }) => {
        await placeHold(ctx, id, { dimension: "osVersion", value: "10.0.22631", reason: "boot loops on this build", revert: false });
        return { id, name };
      },
      refuse: (ctx, { id }) => placeHold(ctx, id, { dimension: "osVersion", value: "10.0.22631", reason: "again", revert: false }),
    },
    {
      action: "deployment.hold_released",
      targetType: "deployment",
      refusedAs: "conflict",
      prepare: async () => {
        const fixture = await deployment();
        const hold = await placeHold(testContext(db), fixture.id, { dimension: "tags.site", value: "fra", reason: "site down", revert: false });
        return { ...fixture, hold: hold.id };
      },
      change: async (ctx, { id, name, hold }) => {
        await releaseHold(ctx, id, hold, "site back");
        return { id, name };
      },
      refuse: (ctx, { id, hold }) => releaseHold(ctx, id, hold, "again"),
    },
    {
      action: "device.repair",
      targetType: "device",
      refusedAs: "not_found",
      prepare: async () => {
        const deviceId = unique("repaired");
        await acceptEvents(testContext(db), [
          { type: "heartbeat", deviceId, ts: new Date().toISOString(), bootId: "b", intervalSec: 60, versions: {}, hostname: `${deviceId}.corp` },
        ]);
        return { id: deviceId, name: `${deviceId}.corp` };
      },
      change: async (ctx, { id, name }) => {
        await recordRepair(ctx, id, { status: "in_repair", note: "on site" });
        return { id, name };
      },
      refuse: (ctx) => recordRepair(ctx, "no-such-device", { status: "fixed" }),
    },
    {
      action: "anomaly.acknowledged",
      targetType: "anomaly",
      refusedAs: "conflict",
      prepare: anomaly,
      change: async (ctx, { id, name }) => ({ id: (await actOnAnomaly(ctx, id, "acknowledge", "on it")).id, name }),
      refuse: (ctx, { id }) => actOnAnomaly(ctx, id, "acknowledge", "again"),
    },
    {
      action: "anomaly.resolved",
      targetType: "anomaly",
      refusedAs: "forbidden",
      prepare: anomaly,
      change: async (ctx, { id, name }) => ({ id: (await actOnAnomaly(ctx, id, "resolve", "rolled back")).id, name }),
      refuse: (ctx, { id }) => actOnAnomaly({ ...ctx, actor: userPrincipal("analyst", "ana@example.com") }, id, "resolve", "looks fine"),
    },
  ];

  it.each(CASES)("$action: one entry, by the actor, at ctx.now, naming the target; none when refused ($refusedAs)", async (c) => {
    const fixture = (await c.prepare?.()) ?? {};
    const mark = await lastId();
    const target = await c.change(asAdmin(), fixture);
    expect(await entriesAfter(mark)).toEqual([
      expect.objectContaining({ actor: "root@example.com", action: c.action, target_type: c.targetType, target_id: target.id, target_name: target.name }),
    ]);
    expect((await entriesAfter(mark))[0].at.toISOString()).toBe(NOW.toISOString());

    const beforeRefusal = await lastId();
    const refusal = await c.refuse(asAdmin(), fixture).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).not.toBeNull();
    if (c.refusedAs === "database") expect(refusal).not.toBeInstanceOf(ServiceError);
    else expect(refusal).toMatchObject({ kind: c.refusedAs });
    expect(await entriesAfter(beforeRefusal)).toEqual([]);
  });

  it("covers every change a person makes", () => {
    const covered = new Set<string>(CASES.map((c) => c.action));
    const elsewhere = new Set<string>([
      // The system's own, in detection/run.test.ts and deployments/rollout.test.ts.
      "anomaly.opened",
      "anomaly.escalated",
      "anomaly.reopened",
      "deployment.promote",
      // The same path as deployment.pause (actOnDeployment), in deployments/rollout.test.ts.
      "deployment.resume",
      "deployment.halt",
      "deployment.rollback",
      // Sign-ins, in server/auth/signInRecord.test.ts.
      "user.signed_in",
      "user.sign_in_failed",
    ]);
    expect(AUDIT_ACTIONS.filter((a) => !covered.has(a) && !elsewhere.has(a))).toEqual([]);
  });

  it("writes only the fields a webhook edit changed, with the URL redacted", async () => {
    const target = await webhook();
    const mark = await lastId();
    await updateWebhook(asAdmin(), target.id, { url: `${receiver.url}/moved/${WEBHOOK_TOKEN}`, enabled: false });
    await updateWebhook(asAdmin(), target.id, { enabled: false });
    const [entry, ...rest] = await entriesAfter(mark);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      action: "webhook.updated",
      before: { url: `http://${receiver.hostPort}/…`, enabled: true },
      after: { url: `http://${receiver.hostPort}/…`, enabled: false },
    });
  });

  it("audits a repeated revoke or a role set to what it is once, not again", async () => {
    const key = await createApiKey(asAdmin(), { name: unique("twice"), scopes: ["read"] });
    const target = await user({ role: "operator" })();
    const mark = await lastId();
    await revokeApiKey(asAdmin(), key.id);
    await revokeApiKey(asAdmin(), key.id);
    await updateUser(asAdmin(), target.id, { role: "operator" });
    expect((await entriesAfter(mark)).map((e) => e.action)).toEqual(["api_key.revoked"]);
  });

  it("takes the change back when its entry cannot be written", async () => {
    // PostgreSQL stores no NUL: the actor's label makes the audit insert fail after the change's own statement.
    const broken = testContext(db, { actor: userPrincipal("admin", "root\u0000@example.com", admin.id), now: NOW });
    const target = await user()();
    const key = await createApiKey(testContext(db), { name: unique("kept"), scopes: ["read"] });
    const hook = await webhook();
    const mark = await lastId();
    await expect(updateUser(broken, target.id, { role: "operator" })).rejects.toThrow();
    await expect(revokeApiKey(broken, key.id)).rejects.toThrow();
    await expect(deleteWebhook(broken, hook.id)).rejects.toThrow();
    expect(await entriesAfter(mark)).toEqual([]);
    const [row] = await db.sql.query<{ role: string }>("SELECT role FROM users WHERE id = $1", [target.id]);
    const [revoked] = await db.sql.query<{ revoked_at: Date | null }>("SELECT revoked_at FROM api_keys WHERE id = $1", [key.id]);
    const hooks = await db.sql.query("SELECT 1 FROM webhooks WHERE id = $1", [hook.id]);
    expect({ role: row.role, revokedAt: revoked.revoked_at, webhooks: hooks.length }).toEqual({ role: "viewer", revokedAt: null, webhooks: 1 });
  });

  it("never writes a secret, a password, a password hash or a webhook URL's path", async () => {
    const log = JSON.stringify(await db.sql.query("SELECT actor, target_name, reason, before, after FROM audit_log"));
    for (const secret of secrets) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/\$2[aby]\$/);
    expect(log).not.toContain("whsec_");
  });
});
