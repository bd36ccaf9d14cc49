import { describe, expect, it } from "vitest";
import { makeDeviceProfile, mulberry32, type DeviceProfile, type FaultContext, type FaultMode } from "../fleet/simulator";
import { selectScenarios, SCENARIOS } from "./catalog";
import { ringFor, rolloutStages, STAGE_BAKE_SECONDS } from "./fleetShape";
import type { ScenarioDefinition } from "./scenario";
import { releaseFor } from "./runScenario";

const DEVICES = 4000;

function fleetOf(definition: ScenarioDefinition, runTag = "t1") {
  const release = releaseFor(definition, runTag);
  const shape = definition.fleet(release);
  const devices = Array.from({ length: DEVICES }, (_, index) =>
    shape.customizeDevice(
      makeDeviceProfile(index, { seed: definition.seed, idPrefix: `${definition.idPrefix}${runTag}-`, versions: { [release.component]: release.fromVersion } }),
    ),
  );
  return { release, shape, devices };
}

function share(devices: DeviceProfile[], test: (d: DeviceProfile) => boolean): number {
  return devices.filter(test).length / devices.length;
}

function ask(
  hook: (c: FaultContext) => FaultMode | undefined,
  device: DeviceProfile,
  current: FaultMode = { kind: "healthy" },
  tick = 5,
): FaultMode | undefined {
  return hook({ device, now: new Date(0), tick, cause: "install", current, random: mulberry32(1) });
}

describe("rollout plan", () => {
  it("stages every ring in order, giving only the canary a scenario's longer bake", () => {
    expect(rolloutStages(120)).toEqual([
      { ring: "canary", bakeSeconds: 120 },
      { ring: "early", bakeSeconds: STAGE_BAKE_SECONDS },
      { ring: "broad", bakeSeconds: STAGE_BAKE_SECONDS },
    ]);
    expect(rolloutStages().every((stage) => stage.bakeSeconds === STAGE_BAKE_SECONDS)).toBe(true);
  });
});

describe("scenario fleets", () => {
  it("pin every device to canary, early or broad in about 10/30/60, the same way in every run", () => {
    for (const definition of SCENARIOS) {
      const { devices } = fleetOf(definition);
      expect(share(devices, (d) => d.ring === "canary")).toBeCloseTo(0.1, 1);
      expect(share(devices, (d) => d.ring === "early")).toBeCloseTo(0.3, 1);
      expect(share(devices, (d) => d.ring === "broad")).toBeCloseTo(0.6, 1);
      // The same fleet in every run, whatever the run's tag in the device ids.
      const rerun = fleetOf(definition, "t2").devices;
      expect(rerun.map(({ ring, os, osVersion, tags }) => ({ ring, os, osVersion, tags }))).toEqual(
        devices.map(({ ring, os, osVersion, tags }) => ({ ring, os, osVersion, tags })),
      );
    }
    expect(ringFor(1, { deviceId: "x-000001" }, [["only", 1]])).toBe("only");
  });

  it("give each scenario its own component, device ids and seed", () => {
    const distinct = (values: Array<string | number>) => new Set(values).size === values.length;
    expect(distinct(SCENARIOS.map((s) => s.component))).toBe(true);
    expect(distinct(SCENARIOS.map((s) => s.idPrefix))).toBe(true);
    expect(distinct(SCENARIOS.map((s) => s.seed))).toBe(true);
  });

  it("(a) runs half the fleet on Windows and boot-loops or darkens exactly the Windows devices on the release", () => {
    const { devices, shape, release } = fleetOf(SCENARIOS[0]);
    expect(share(devices, (d) => d.os === "windows")).toBeCloseTo(0.5, 1);
    const installed = devices.map((d) => ({ ...d, versions: { [release.component]: release.toVersion } }));
    const fates = installed.map((d) => ({ os: d.os, fate: ask(shape.faults, d)?.kind }));
    expect(new Set(fates.filter((f) => f.os === "windows").map((f) => f.fate))).toEqual(new Set(["bootLoop", "silent"]));
    expect(fates.filter((f) => f.os !== "windows").every((f) => f.fate === undefined)).toBe(true);
    expect(devices.every((d) => ask(shape.faults, d) === undefined)).toBe(true);
  });

  it("(f) boots the fleet at the rollout with no faults at all, pinned to all three rings", () => {
    const definition = SCENARIOS.find((s) => s.key === "f")!;
    const { devices, shape, release } = fleetOf(definition);
    expect(definition.manifestAtBoot).toBe(true);
    expect(devices.some((d) => d.ring === "early") && devices.some((d) => d.ring === "broad")).toBe(true);
    expect(devices.every((d) => ask(shape.faults, { ...d, versions: { [release.component]: release.toVersion } }) === undefined)).toBe(true);
  });

  it("(g) runs 90% of the fleet on Windows and boot-loops or darkens exactly the Windows devices on the release", () => {
    const { devices, shape, release } = fleetOf(SCENARIOS.find((s) => s.key === "g")!);
    expect(share(devices, (d) => d.os === "windows")).toBeCloseTo(0.9, 1);
    const fates = devices.map((d) => ({ os: d.os, fate: ask(shape.faults, { ...d, versions: { [release.component]: release.toVersion } })?.kind }));
    expect(new Set(fates.filter((f) => f.os === "windows").map((f) => f.fate))).toEqual(new Set(["bootLoop", "silent"]));
    expect(fates.filter((f) => f.os !== "windows").every((f) => f.fate === undefined)).toBe(true);
  });

  it("(b) puts the bad build on about 30% of the fleet and multiplies crashes only there, only on the release", () => {
    const { devices, shape, release } = fleetOf(SCENARIOS[1]);
    const onBuild = (d: DeviceProfile) => d.osVersion === "10.0.22631";
    expect(share(devices, onBuild)).toBeCloseTo(0.3, 1);
    expect(devices.filter(onBuild).every((d) => d.os === "windows")).toBe(true);
    const mean = (d: DeviceProfile, version: string) => {
      const mode = ask(shape.faults, { ...d, versions: { [release.component]: version } });
      return mode?.kind === "crashy" ? mode.meanSecondsBetweenCrashes : NaN;
    };
    const hit = devices.find(onBuild)!;
    const spared = devices.find((d) => d.os === "windows" && !onBuild(d))!;
    expect(mean(hit, release.toVersion)).toBe(mean(hit, release.fromVersion) / 20);
    expect(mean(spared, release.toVersion)).toBe(mean(spared, release.fromVersion));
    expect(ask(shape.faults, hit, { kind: "silent" })).toBeUndefined();
  });

  it("(d) puts about 20% of the fleet at the dark site, in every ring alike", () => {
    const { devices, shape } = fleetOf(SCENARIOS[3]);
    for (const ring of ["canary", "early", "broad"]) {
      expect(
        share(
          devices.filter((d) => d.ring === ring),
          (d) => d.tags.site === "fra",
        ),
      ).toBeCloseTo(0.2, 1);
    }
    expect(shape.disturbances.map((d) => d.afterSec)).toEqual([15]);
  });

  it("(e) surges every device's crash rate tenfold, whatever it runs", () => {
    const { devices, shape, release } = fleetOf(SCENARIOS[4]);
    const before = ask(shape.faults, devices[0]);
    const fleet = { devices: [], setFault: () => undefined, deviceState: () => undefined } as unknown as Parameters<(typeof shape.disturbances)[0]["apply"]>[0];
    shape.disturbances[0].apply(fleet);
    const after = ask(shape.faults, { ...devices[0], versions: { [release.component]: release.toVersion } });
    expect(before).toMatchObject({ kind: "crashy" });
    expect(after).toMatchObject({
      kind: "crashy",
      meanSecondsBetweenCrashes: (before as { meanSecondsBetweenCrashes: number }).meanSecondsBetweenCrashes / 10,
    });
  });

  it("h: boot-loops exactly the bad build, a quarter of the fleet, and only once it runs the release", () => {
    const definition = SCENARIOS.find((s) => s.key === "h")!;
    const { shape, devices, release } = fleetOf(definition);
    const bad = devices.filter((d) => d.osVersion === "10.0.22631");
    expect(bad.length / devices.length).toBeCloseTo(0.25, 1);
    expect(bad.every((d) => d.os === "windows")).toBe(true);
    expect(devices.some((d) => d.os === "windows" && d.osVersion !== "10.0.22631")).toBe(true);
    const installed = (d: DeviceProfile) => ({ ...d, versions: { [release.component]: release.toVersion } });
    expect(ask(shape.faults, installed(bad[0]))).toEqual({ kind: "bootLoop", cycleSec: 25 });
    expect(ask(shape.faults, bad[0])).toBeUndefined();
    expect(devices.filter((d) => d.osVersion !== "10.0.22631").every((d) => ask(shape.faults, installed(d)) === undefined)).toBe(true);
  });

  it("i: Windows devices that install loop; about 40% revert on their own, 35% go offline, the rest loop on", () => {
    const definition = SCENARIOS.find((s) => s.key === "i")!;
    const { shape, devices, release } = fleetOf(definition);
    const windows = devices.filter((d) => d.os === "windows").map((d) => ({ ...d, versions: { [release.component]: release.toVersion } }));
    expect(windows.length / devices.length).toBeCloseTo(0.5, 1);
    const fates = windows.map((d) => ask(shape.faults, d));
    const selfReverting = fates.filter((f) => f?.kind === "bootLoop" && f.selfRevert);
    expect(selfReverting.length / windows.length).toBeCloseTo(0.4, 1);
    expect(selfReverting[0]).toMatchObject({ selfRevert: { afterCrashes: 2, component: release.component, previousVersion: release.fromVersion } });
    expect(fates.filter((f) => f?.kind === "bootLoop" && f.offline).length / windows.length).toBeCloseTo(0.35, 1);
    expect(fates.every((f) => f?.kind === "bootLoop")).toBe(true);
    // Once looping, or back on the old version, a device keeps what it has.
    expect(ask(shape.faults, windows[0], { kind: "bootLoop", cycleSec: 25 })).toBeUndefined();
    expect(devices.filter((d) => d.os !== "windows").every((d) => ask(shape.faults, { ...d, versions: windows[0].versions }) === undefined)).toBe(true);
  });

  it("selects scenarios by key in catalog order and refuses unknown keys", () => {
    expect(selectScenarios("c, a").map((s) => s.key)).toEqual(["a", "c"]);
    expect(selectScenarios(undefined)).toHaveLength(9);
    expect(() => selectScenarios("a,z")).toThrow(/unknown scenario\(s\) z; known: a, b, c, d, e, f, g, h, i/);
  });
});
