import { describe, expect, it } from "vitest";
import { compareToBaseline } from "./compare";
import { gradeSeverity } from "./severity";
import { detectSlice, type SliceInput } from "./detect";
import { profile } from "./fixtures";
import type { Profile } from "./profiles";

const slice = (candidate: Profile[], baseline: Profile[]): SliceInput => ({
  deploymentId: "d1",
  component: "content",
  version: "2024.07.19",
  ring: "canary",
  windowStart: new Date("2026-11-23T10:00:00Z"),
  candidate,
  baseline,
  basis: "rings not yet offered 2024.07.19 (early, broad), same window",
  firstSignalAt: {},
});
const kinds = (input: SliceInput) => Object.fromEntries(detectSlice(input).map((f) => [f.kind, f.severity]));

const win = { os: "windows", osVersion: "10.0.19045" };
const linux = { os: "linux", osVersion: "6.8" };

describe("detectSlice", () => {
  it("raises critical boot-loop and silence anomalies when every Windows canary device breaks", () => {
    const input = slice(
      [profile(win, 5, { bootLooping: 5, crashed: 5, silent: 5 }), profile(linux, 5)],
      [profile(win, 495, { crashed: 2, silent: 3 }), profile(linux, 495, { crashed: 1, silent: 2 })],
    );
    expect(kinds(input)).toEqual({ boot_loop: "critical", crash_rate: "critical", heartbeat_loss: "critical" });
    const bootLoop = detectSlice(input).find((f) => f.kind === "boot_loop")!;
    expect(bootLoop.suspects[0]).toMatchObject({ dimension: "os", value: "windows", share: 1, exposedShare: 0.5 });
    expect(bootLoop.summary).toContain("5 of 10 exposed devices");
    expect(bootLoop.summary).toContain("top suspect os=windows (5 of 5 with it affected vs 0 of 5 without)");
  });

  it("names os=windows when every Windows device of a 90%-Windows canary goes dark (the lift rule listed no suspect)", () => {
    const site = (model: string, s: string) => ({ ...win, model, "tags.site": s });
    const input = slice(
      [
        profile(site("EliteBook 840", "fra"), 5, { silent: 5 }),
        profile(site("Latitude 7440", "fra"), 12, { silent: 12 }),
        profile(site("Latitude 7440", "ams"), 12, { silent: 12 }),
        profile({ os: "macos", model: "MacBook Pro", "tags.site": "ams" }, 3),
      ],
      [profile(site("Latitude 7440", "ams"), 810, { silent: 4 }), profile({ os: "macos", model: "MacBook Pro", "tags.site": "ams" }, 90)],
    );
    const silence = detectSlice(input).find((f) => f.kind === "heartbeat_loss")!;
    expect(silence.severity).toBe("critical");
    expect(silence.suspects[0]).toMatchObject({ dimension: "os", value: "windows", affectedWith: 29, devicesWith: 29, affectedWithout: 0, devicesWithout: 3 });
  });

  it("stays quiet for tiny samples, however lopsided", () => {
    expect(kinds(slice([profile(win, 3, { crashed: 2 })], [profile(win, 500)]))).toEqual({});
  });

  it("flags a clear break even with a zero baseline rate", () => {
    expect(kinds(slice([profile(win, 20, { crashed: 6 })], [profile(win, 2000)]))).toMatchObject({ crash_rate: "critical" });
  });

  it("uses a prior when there is no baseline at all, and needs a clear break then", () => {
    expect(kinds(slice([profile(win, 10, { silent: 3 })], []))).toEqual({});
    expect(kinds(slice([profile(win, 10, { silent: 10 })], []))).toEqual({ heartbeat_loss: "critical" });
  });

  it("does not blame the release when a site goes dark for exposed and unexposed alike", () => {
    const ams = { ...win, "tags.site": "ams" };
    const fra = { ...win, "tags.site": "fra" };
    // Exposure happens to be skewed towards the dark site: the pooled baseline would blame the release.
    const input = slice(
      [profile(ams, 50, { silent: 50 }), profile(fra, 50, { silent: 1 })],
      [profile(ams, 100, { silent: 100 }), profile(fra, 800, { silent: 8 })],
    );
    expect(compareToBaseline(input.candidate, input.baseline, "silent").adjustedFor).toBe("tags.site");
    expect(kinds(input)).toEqual({});
  });

  it("does not blame the release when every version's crash rate rises together", () => {
    expect(kinds(slice([profile(win, 100, { crashed: 20 })], [profile(win, 900, { crashed: 185 })]))).toEqual({});
  });

  it("finds a crash rate that rose only on one OS build, and names the build", () => {
    const bad = { os: "windows", osVersion: "10.0.22631" };
    const input = slice(
      [profile(bad, 30, { crashed: 12 }), profile(win, 30, { crashed: 1 }), profile(linux, 40, { crashed: 1 })],
      [profile(bad, 270, { crashed: 6 }), profile(win, 270, { crashed: 6 }), profile(linux, 360, { crashed: 8 })],
    );
    const crash = detectSlice(input).find((f) => f.kind === "crash_rate");
    expect(crash?.severity).toMatch(/warning|critical/);
    expect(crash?.suspects[0]).toMatchObject({ dimension: "osVersion", value: "10.0.22631" });
  });

  it("grows severity with the evidence", () => {
    const baseline = [profile(win, 1000, { crashed: 20 })];
    expect(kinds(slice([profile(win, 100, { crashed: 7 })], baseline))).toEqual({});
    expect(kinds(slice([profile(win, 100, { crashed: 10 })], baseline))).toEqual({ crash_rate: "warning" });
    expect(kinds(slice([profile(win, 100, { crashed: 30 })], baseline))).toEqual({ crash_rate: "critical" });
  });
});

describe("looks", () => {
  const LATE_LOOK = 10_000;
  it("opens a marginal critical early in the bake, keeps it firing later, but needs more evidence to open it late", () => {
    const input = slice([profile(win, 100, { crashed: 7 })], [profile(win, 2000, { crashed: 4 })]);
    const [early] = detectSlice(input, 1);
    const [late] = detectSlice(input, LATE_LOOK);
    expect(early).toMatchObject({ kind: "crash_rate", severity: "critical", openingSeverity: "critical" });
    expect(late.severity).toBe("critical");
    expect(late.openingSeverity).not.toBe("critical");
  });

  it("opens an overwhelming break at any look", () => {
    const input = slice([profile(win, 12, { bootLooping: 10, crashed: 10 })], [profile(win, 900, { crashed: 2 })]);
    expect(detectSlice(input, LATE_LOOK).find((f) => f.kind === "boot_loop")?.openingSeverity).toBe("critical");
  });
});

describe("subgroups", () => {
  const bad = { os: "windows", osVersion: "10.0.22631" };
  const other = { os: "windows", osVersion: "10.0.19045" };

  it("finds a rise confined to one OS build that the pooled rate hides, and says where", () => {
    const input = slice(
      [profile(bad, 60, { crashed: 7 }), profile(other, 142, { crashed: 1 })],
      [profile(bad, 540, { crashed: 4 }), profile(other, 1260, { crashed: 11 })],
    );
    expect(gradeSeverity(compareToBaseline(input.candidate, input.baseline, "crashed"))).toBeNull();
    const [crash] = detectSlice(input);
    expect(crash).toMatchObject({ kind: "crash_rate", subgroup: { dimension: "osVersion", value: "10.0.22631" }, comparison: { exposed: 60, affected: 7 } });
    expect(crash.summary).toContain("on osVersion=10.0.22631: 7 of 60 exposed devices");
  });

  it("corrects for looking in many places: a few crashes in one of many small groups is not an anomaly", () => {
    const models = Array.from({ length: 30 }, (_, i) => ({ os: "windows", model: `M${i}` }));
    const candidate = models.map((m, i) => profile(m, 10, { crashed: i === 0 ? 3 : 0 }));
    const baseline = models.map((m) => profile(m, 100, { crashed: 2 }));
    expect(detectSlice(slice(candidate, baseline))).toEqual([]);
  });
});
