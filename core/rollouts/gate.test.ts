import { describe, expect, it } from "vitest";
import { crashFreeVerdict, decideGate, formatDuration, type GateInput } from "./gate";

const base: GateInput = {
  ring: "canary",
  bakeRemainingSec: 0,
  ringDevices: 100,
  exposed: 100,
  candidate: { reporting: 90, crashed: 0 },
  baseline: { reporting: 900, crashed: 9 },
  baselineBasis: "rings not yet offered 2.0 (early, broad) on 1.0, same window: 900 devices",
  openCriticalAnomalies: 0,
  openUntriagedAnomalies: 0,
};

describe("decideGate", () => {
  it("goes when baked, enough devices reported and the crash rate is no worse", () => {
    const gate = decideGate(base);
    expect(gate.decision).toBe("go");
    expect(gate.reasons.join(" ")).toContain("90 of 100 exposed devices reported");
  });

  it("waits for bake time, with the time left", () => {
    const gate = decideGate({ ...base, bakeRemainingSec: 125 });
    expect(gate.decision).toBe("wait");
    expect(gate.reasons).toContain("Bake time left in canary: 2m 5s.");
  });

  it("waits until half the exposed devices (at least 5) reported since exposure, and says how many", () => {
    expect(decideGate({ ...base, candidate: { reporting: 49, crashed: 0 } }).reasons).toContain(
      "Only 49 of 100 exposed devices in canary reported since exposure; need 50.",
    );
    expect(decideGate({ ...base, exposed: 4, candidate: { reporting: 3, crashed: 0 } }).reasons[0]).toContain("need 4");
    expect(decideGate({ ...base, exposed: 0, candidate: { reporting: 0, crashed: 0 } }).reasons[0]).toContain("No device in canary");
  });

  it("lets an empty ring pass: there is nothing to wait for", () => {
    const gate = decideGate({ ...base, ringDevices: 0, exposed: 0, candidate: { reporting: 0, crashed: 0 } });
    expect(gate.decision).toBe("go");
    expect(gate.reasons[0]).toContain("no devices");
  });

  it("says no_go when the crash-free interval lies below the baseline's, with both values", () => {
    const gate = decideGate({ ...base, candidate: { reporting: 90, crashed: 30 } });
    expect(gate.decision).toBe("no_go");
    expect(gate.reasons[0]).toMatch(
      /^Crash-free 66\.67% \(60 of 90\), 95% CI .* is below the baseline's 99\.00% \(891 of 900\), .* \(rings not yet offered 2\.0 \(early, broad\) on 1\.0, same window: 900 devices\)\.$/,
    );
  });

  it("names the baseline it compared with, with both denominators", () => {
    expect(decideGate(base).reasons[1]).toBe(
      "Crash-free 100.00% (90 of 90) vs 99.00% (891 of 900) in the baseline (rings not yet offered 2.0 (early, broad) on 1.0, same window: 900 devices).",
    );
  });

  // Found by an independent fleet: with every ring offered, the gate said "vs baseline n/a" and went on as if it had compared.
  it("without a usable baseline claims no comparison, says why, and cannot call the ring worse", () => {
    const none = { ...base, baseline: { reporting: 0, crashed: 0 }, baselineBasis: "no fair baseline: every ring has been offered content 2.0" };
    const gate = decideGate(none);
    expect(gate.decision).toBe("go");
    expect(gate.reasons[1]).toBe(
      "Crash-free 100.00% (90 of 90), not compared: no fair baseline: every ring has been offered content 2.0; detection judged this ring against assumed rates.",
    );
    expect(gate.reasons.join(" ")).not.toMatch(/vs /);
    const sick = decideGate({ ...none, candidate: { reporting: 90, crashed: 30 } });
    expect(sick.reasons.join(" ")).not.toMatch(/below the baseline/);
    // Nine sick leftovers are no baseline either: they must not make a healthy ring look fine or a sick one look worse.
    const leftovers = decideGate({
      ...base,
      baseline: { reporting: 9, crashed: 6 },
      baselineBasis: "no usable baseline: 9 devices in rings not yet offered 2.0 (broad), same window, need 10",
    });
    expect(leftovers.reasons[1]).toMatch(/not compared: no usable baseline: 9 devices/);
  });

  it("does not call a tiny sample worse, and critical anomalies stop it outright", () => {
    expect(decideGate({ ...base, exposed: 4, candidate: { reporting: 4, crashed: 1 } }).decision).toBe("go");
    expect(decideGate({ ...base, openCriticalAnomalies: 2 }).decision).toBe("no_go");
    expect(decideGate({ ...base, openUntriagedAnomalies: 1 }).decision).toBe("wait");
  });

  it("formats durations", () => {
    expect([formatDuration(42), formatDuration(600), formatDuration(3 * 3600 + 120)]).toEqual(["42s", "10m 0s", "3h 2m"]);
  });
});

describe("crashFreeVerdict", () => {
  it("compares only with a usable baseline and enough reporting devices", () => {
    expect(crashFreeVerdict({ reporting: 90, crashed: 30 }, { reporting: 900, crashed: 9 })).toBe("worse");
    expect(crashFreeVerdict({ reporting: 90, crashed: 1 }, { reporting: 900, crashed: 9 })).toBe("no_clear_difference");
    expect(crashFreeVerdict({ reporting: 4, crashed: 4 }, { reporting: 900, crashed: 9 })).toBe("not_enough_data");
    expect(crashFreeVerdict({ reporting: 90, crashed: 30 }, { reporting: 9, crashed: 0 })).toBe("no_baseline");
  });
});
