import path from "node:path";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { hashBucket, ringForBucket, ringRanges } from "../../core/rings/assignment";
import { startAppServer, type AppServer } from "../../scripts/lib/appServer";
import { testEnv } from "../support/env";
import { createTestStorage, type TestStorage } from "../support/storage";

/**
 * Property (issue 11): whatever the order of heartbeats (with and without pins, re-pins), manifest
 * fetches (before and after a device's first heartbeat), ring edits and deployment actions, sent
 * to either of two app instances on one database, every manifest answer is the one the plan gives
 * at that moment: the device's ring (its pin, else its hashed ring) and the release only where the
 * deployment has reached that ring (paused or halted: only to devices already offered it; rolled
 * back: to nobody). Its own app instances and database, since it edits rings.
 */

const KEY = "rw_manifest_invariants_key_0123456789";
const RINGS = ["canary", "early", "broad"] as const;
type Ring = (typeof RINGS)[number];
type Instance = 0 | 1;
const DEVICES_PER_RUN = 5;

type Command =
  | { kind: "heartbeat"; device: number; pin: Ring | null; via: Instance }
  | { kind: "manifest"; device: number; via: Instance }
  | { kind: "action"; action: "pause" | "resume" | "promote" | "halt" | "rollback"; via: Instance }
  | { kind: "rings"; canary: number; early: number; via: Instance }
  /** An action racing manifest fetches: each answer must fit the plan before or after it. */
  | { kind: "race"; action: "pause" | "promote" | "rollback"; devices: number[]; via: Instance };

const via = fc.constantFrom<Instance>(0, 1);
const device = fc.integer({ min: 0, max: DEVICES_PER_RUN - 1 });
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("heartbeat" as const), device, pin: fc.constantFrom<Ring | null>(null, ...RINGS), via }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("manifest" as const), device, via }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("action" as const), action: fc.constantFrom("pause", "resume", "promote", "halt", "rollback" as const), via }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rings" as const), canary: fc.constantFrom(1, 20, 50), early: fc.constantFrom(9, 30), via }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("race" as const),
      action: fc.constantFrom("pause", "promote", "rollback" as const),
      devices: fc.uniqueArray(device, { minLength: 1 }),
      via,
    }),
  },
);

interface StageView {
  ring: string;
  status: string;
}
interface DeploymentView {
  id: string;
  status: string;
  stages: StageView[];
}
interface RingRow {
  id: string;
  name: string;
  order: number;
  percent: number | null;
}
interface Answer {
  deviceId: string;
  ring: string | null;
  versions: Record<string, string>;
}

/** The plan as the server reported it after each change, and what each device has shown the app. */
class Model {
  readonly pins = new Map<string, Ring | null>();
  readonly exposed = new Set<string>();
  constructor(
    readonly component: string,
    readonly version: string,
    public deployment: DeploymentView,
    public rings: RingRow[],
  ) {}

  ringOf(deviceId: string): string | null {
    const pin = this.pins.get(deviceId);
    return pin ?? ringForBucket(hashBucket(deviceId), ringRanges(this.rings));
  }

  /** The version the plan gives the device now (undefined: the component is not offered at all). */
  expected(deviceId: string, deployment = this.deployment): { ring: string | null; version: string | undefined } {
    const ring = this.ringOf(deviceId);
    if (deployment.status === "completed") return { ring, version: this.version };
    if (deployment.status === "rolled_back") return { ring, version: undefined };
    const reached = deployment.stages.some((s) => s.ring === ring && s.status !== "pending");
    const known = this.pins.has(deviceId);
    const offered = reached && (this.exposed.has(deviceId) || (known && deployment.status === "active"));
    return { ring, version: offered ? this.version : undefined };
  }

  /** Records what an answer showed: a device offered the release is exposed from then on. */
  saw(answer: Answer): void {
    if (answer.versions[this.component] === this.version) this.exposed.add(answer.deviceId);
  }
}

async function api<T>(server: AppServer, method: string, path: string, json?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, ...(json === undefined ? {} : { "content-type": "application/json" }) },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

test.describe("manifest answers follow the plan in every order of events", () => {
  test.setTimeout(300_000);
  let storage: TestStorage;
  const servers: AppServer[] = [];

  test.beforeAll(async () => {
    storage = await createTestStorage("rw_manifest_props");
    const options = (instance: number) => ({
      ...storage.server,
      logFile: path.resolve("test-results", `manifest-invariants-${testEnv.backend}-${instance}.log`),
      env: { RINGWATCH_BOOTSTRAP_API_KEY: KEY, RINGWATCH_API_RATE_LIMIT: "1000000" },
    });
    servers.push(await startAppServer(options(0)));
    // Two instances on one database where the backend allows it; the embedded database has one process.
    if (testEnv.backend === "postgres") servers.push(await startAppServer(options(1)));
  });
  test.afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await storage?.dispose();
  });

  test(`every answer, on ${testEnv.backend} with ${testEnv.backend === "postgres" ? "two instances" : "one instance"}`, async () => {
    const instance = (i: Instance) => servers[i % servers.length];
    let run = 0;
    const heartbeatClock = { last: Date.now() };
    const nextTs = () => new Date((heartbeatClock.last = Math.max(Date.now(), heartbeatClock.last + 1))).toISOString();

    async function check(model: Model, server: AppServer, deviceId: string, allowed: ReturnType<Model["expected"]>[]): Promise<void> {
      const answer = await api<Answer>(server, "GET", `/api/v1/manifest?deviceId=${deviceId}`);
      expect(answer.status, `manifest for ${deviceId}`).toBe(200);
      const got = { ring: answer.body.ring, version: answer.body.versions[model.component] };
      expect(allowed, `manifest for ${deviceId}: got ${JSON.stringify(got)}, plan allows ${JSON.stringify(allowed)}`).toContainEqual(got);
      model.saw(answer.body);
    }

    async function act(model: Model, server: AppServer, action: string): Promise<void> {
      const answer = await api<DeploymentView>(server, "POST", `/api/v1/deployments/${model.deployment.id}/actions`, { action, reason: "property test" });
      expect([200, 409], `${action}: ${JSON.stringify(answer.body)}`).toContain(answer.status);
      if (answer.status === 200) model.deployment = answer.body;
    }

    async function apply(model: Model, devices: string[], cmd: Command): Promise<void> {
      const server = instance(cmd.via);
      if (cmd.kind === "heartbeat") {
        const id = devices[cmd.device];
        const event = {
          type: "heartbeat",
          deviceId: id,
          ts: nextTs(),
          bootId: "b",
          intervalSec: 60,
          versions: { other: "1" },
          ...(cmd.pin ? { ring: cmd.pin } : {}),
        };
        const answer = await api<{ accepted: number }>(server, "POST", "/api/v1/ingest", { events: [event] });
        expect(answer.status).toBe(202);
        expect(answer.body.accepted).toBe(1);
        model.pins.set(id, cmd.pin);
      } else if (cmd.kind === "manifest") {
        const id = devices[cmd.device];
        await check(model, server, id, [model.expected(id)]);
      } else if (cmd.kind === "action") {
        await act(model, server, cmd.action);
      } else if (cmd.kind === "rings") {
        const byName = new Map(model.rings.map((r) => [r.name, r]));
        const percents: Record<Ring, number> = { canary: cmd.canary, early: cmd.early, broad: 100 - cmd.canary - cmd.early };
        const answer = await api<{ items: RingRow[] }>(server, "PATCH", "/api/v1/rings", {
          rings: RINGS.map((name) => ({ id: byName.get(name)!.id, percent: percents[name] })),
        });
        expect(answer.status).toBe(200);
        model.rings = answer.body.items;
      } else {
        const before = model.deployment;
        const ids = cmd.devices.map((d) => devices[d]);
        const beforeExpected = new Map(ids.map((id) => [id, model.expected(id)]));
        const [actionAnswer, ...answers] = await Promise.all([
          api<DeploymentView>(server, "POST", `/api/v1/deployments/${before.id}/actions`, { action: cmd.action, reason: "property test race" }),
          ...ids.map((id, i) => api<Answer>(instance(((cmd.via + 1 + i) % 2) as Instance), "GET", `/api/v1/manifest?deviceId=${id}`)),
        ]);
        expect([200, 409]).toContain(actionAnswer.status);
        const after = actionAnswer.status === 200 ? actionAnswer.body : before;
        for (const answer of answers) {
          expect(answer.status).toBe(200);
          const id = answer.body.deviceId;
          const got = { ring: answer.body.ring, version: answer.body.versions[model.component] };
          expect([beforeExpected.get(id), model.expected(id, after)], `raced manifest for ${id}`).toContainEqual(got);
          model.saw(answer.body);
        }
        model.deployment = after;
      }
    }

    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        run++;
        const component = `props-${run}-${Date.now().toString(36)}`;
        const devices = Array.from({ length: DEVICES_PER_RUN }, (_, i) => `${component}-dev-${i}`);
        const release = await api<{ id: string }>(servers[0], "POST", "/api/v1/releases", { component, version: "2.0" });
        expect(release.status).toBe(201);
        const deployment = await api<DeploymentView>(servers[0], "POST", "/api/v1/deployments", {
          releaseId: release.body.id,
          stages: RINGS.map((ring) => ({ ring, bakeSeconds: 86_400 })),
          autoPause: false,
        });
        expect(deployment.status).toBe(201);
        const rings = await api<{ items: RingRow[] }>(servers[0], "GET", "/api/v1/rings");
        const model = new Model(component, "2.0", deployment.body, rings.body.items);
        for (const cmd of commands) await apply(model, devices, cmd);
        // Every device, on every instance, at the end too.
        for (const id of devices) for (const server of servers) await check(model, server, id, [model.expected(id)]);
        if (["active", "paused", "halted"].includes(model.deployment.status)) await act(model, servers[0], "rollback");
      }),
      { numRuns: 40 },
    );
  });
});
