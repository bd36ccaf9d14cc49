import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANOMALY_KINDS } from "../schemas/anomalies";
import { anomalyName, deploymentName, deviceName, isBareUuid, kindLabel, namedThing, releaseName, shortId, userName, webhookName } from "./names";

const STATUSES = ["active", "paused", "halted", "rolled_back", "completed"] as const;
const STAGE_STATUSES = ["pending", "baking", "passed", "blocked"] as const;
const word = fc.stringMatching(/^[a-z][a-z0-9.-]{0,15}$/);
const stages = fc.array(fc.record({ ring: word, status: fc.constantFrom(...STAGE_STATUSES) }), { maxLength: 4 });
const deployment = fc.record({ component: word, version: word, status: fc.constantFrom(...STATUSES), stages });

describe("names", () => {
  it("names a deployment by its release and where it stands", () => {
    const stagesAt = (current: number) =>
      ["canary", "early", "broad"].map((ring, i) => ({ ring, status: i < current ? "passed" : i === current ? "baking" : "pending" }));
    expect(deploymentName({ component: "content", version: "2024.07.19", status: "active", stages: stagesAt(2) })).toBe("content 2024.07.19 → broad");
    expect(deploymentName({ component: "content", version: "2024.07.19", status: "paused", stages: stagesAt(0) })).toBe("content 2024.07.19 → canary");
    expect(deploymentName({ component: "content", version: "1", status: "completed", stages: stagesAt(3) })).toBe("content 1 → completed");
    expect(deploymentName({ component: "content", version: "1", status: "rolled_back", stages: stagesAt(1) })).toBe("content 1 → rolled back");
  });

  it("names an anomaly by its kind, ring and deployment", () => {
    const anomaly = { kind: "boot_loop", ring: "canary", component: "content", version: "2.0" };
    expect(anomalyName(anomaly)).toBe("Boot loop in canary · content 2.0");
    expect(anomalyName(anomaly, { component: "content", version: "2.0", status: "paused", stages: [{ ring: "canary", status: "baking" }] })).toBe(
      "Boot loop in canary · content 2.0 → canary",
    );
    for (const kind of ANOMALY_KINDS) expect(kindLabel(kind)).not.toContain("_");
    expect(kindLabel("disk_full")).toBe("Disk full");
  });

  it("falls back to the id only where a thing has no name", () => {
    expect(deviceName({ deviceId: "dev-1", hostname: "ws-042.corp" })).toBe("ws-042.corp");
    expect(deviceName({ deviceId: "dev-1", hostname: null })).toBe("dev-1");
    expect(deviceName({ deviceId: "dev-1", hostname: "  " })).toBe("dev-1");
    expect(userName({ name: "Ann", email: "ann@example.com" })).toBe("Ann");
    expect(userName({ name: " ", email: "ann@example.com" })).toBe("ann@example.com");
    expect(webhookName({ format: "slack", url: "https://hooks.slack.com/services/T0/B0/secret" })).toBe("slack → hooks.slack.com");
  });

  it("never gives an empty name, nor a bare UUID when a name exists", () => {
    fc.assert(
      fc.property(deployment, fc.uuid(), (d, id) => {
        for (const name of [deploymentName(d), releaseName(d), anomalyName({ kind: "crash_rate", ring: "canary", ...d }, d)]) {
          expect(name.trim()).not.toBe("");
          expect(isBareUuid(name)).toBe(false);
        }
        expect(namedThing({ id, name: d.component })).toBe(d.component);
      }),
    );
    fc.assert(
      fc.property(fc.uuid(), fc.option(fc.string(), { nil: null }), fc.emailAddress(), (id, name, email) => {
        const device = deviceName({ deviceId: id, hostname: name });
        expect(device.trim()).not.toBe("");
        if (name?.trim()) expect(device).toBe(name.trim());
        const user = userName({ name: name ?? "", email });
        expect(user.trim()).not.toBe("");
        expect(namedThing({ id, name }).trim()).not.toBe("");
        expect(kindLabel(name ?? "").trim()).not.toBe("");
      }),
    );
  });

  it("shortens UUIDs only", () => {
    expect(shortId("a9e966ac-caa7-4e0f-a3b9-2cc7c69a2ceb")).toBe("a9e966ac");
    expect(shortId("laptop-7")).toBe("laptop-7");
  });
});
