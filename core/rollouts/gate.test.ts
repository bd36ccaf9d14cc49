import { describe, expect, it } from "vitest";
import { decideGate, formatDuration, type GateInput } from "./gate";

const base: GateInput = {
  ring: "canary", bakeRemainingSec: 0, ringDevices: 100, exposed: 100,
  candidate: { reporting: 90, crashed: 0 }, baseline: { reporting: 900, crashed: 9 },
  openCriticalAnomalies: 0, openUntriagedAnomalies: 0,
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
    expect(gate.reasons[0]).toMatch(/Crash-free rate 66\.67% \(95% CI .*\) is below the baseline's 99\.00%/);
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
