import { describe, expect, it } from "vitest";
import type { Device } from "@/schemas/devices";
import { anomalyTitle, deploymentTitle, matchPages, pagesFor, rankDevices, reachedRing } from "./paletteEntries";

const stage = (ring: string, status: "pending" | "baking" | "passed" | "blocked") => ({ ring, status });
const device = (deviceId: string, hostname: string | null = null) => ({ deviceId, hostname }) as Device;

describe("palette pages", () => {
  it("offers settings and its sections to admins only", () => {
    const admin = pagesFor("admin").map((p) => p.href);
    expect(admin).toEqual(expect.arrayContaining(["/settings", "/settings/users", "/settings/api-keys", "/devices"]));
    for (const role of ["viewer", "analyst", "operator"] as const) {
      expect(
        pagesFor(role).some((p) => p.href.startsWith("/settings")),
        role,
      ).toBe(false);
    }
  });

  it("matches each typed word against the start of a word of the name, its section included", () => {
    const pages = pagesFor("admin");
    const hrefs = (term: string) => matchPages(pages, term).map((p) => p.href);
    expect(hrefs("aud")).toEqual(["/audit"]);
    expect(hrefs("Devices")).toEqual(["/devices"]);
    expect(hrefs("set api")).toEqual(["/settings/api-keys"]);
    expect(hrefs("log")).toEqual(["/audit"]);
    expect(hrefs("evices")).toEqual([]);
    expect(hrefs("")).toHaveLength(pages.length);
  });

  it("puts names that start with the text first", () => {
    expect(matchPages(pagesFor("admin"), "r").map((p) => p.href)).toEqual(["/remediation", "/settings/rings"]);
  });

  it("carries each section's g letter", () => {
    expect(pagesFor("viewer").find((p) => p.href === "/devices")?.goLetter).toBe("d");
  });
});

describe("result titles", () => {
  it("names a deployment by its release and the furthest ring it reached", () => {
    const base = { component: "agent", version: "7.12.0" };
    expect(deploymentTitle({ ...base, stages: [stage("canary", "passed"), stage("early", "baking"), stage("broad", "pending")] })).toBe("agent 7.12.0 → early");
    expect(deploymentTitle({ ...base, stages: [stage("canary", "pending")] })).toBe("agent 7.12.0 → canary");
    expect(reachedRing({ stages: [stage("canary", "passed"), stage("early", "passed")] })).toBe("early");
    expect(deploymentTitle({ ...base, stages: [] })).toBe("agent 7.12.0");
  });

  it("names an anomaly by kind, ring and release", () => {
    expect(anomalyTitle({ kind: "boot_loop", ring: "canary", component: "sensor", version: "2.0.0" })).toBe("Boot loop in canary · sensor@2.0.0");
  });

  it("ranks the device whose id or hostname is exactly the text first", () => {
    const devices = [device("WS-00420"), device("WS-0042"), device("LAP-1", "ws-0042")];
    expect(rankDevices(devices, "ws-0042 ").map((d) => d.deviceId)).toEqual(["WS-0042", "LAP-1", "WS-00420"]);
  });
});
