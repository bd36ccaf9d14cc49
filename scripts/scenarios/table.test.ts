import { describe, expect, it } from "vitest";
import type { ScenarioOutcome } from "./measure";
import { alignColumns, formatReport, rowCells } from "./table";

const passing: ScenarioOutcome = {
  secondsToCritical: 21.25,
  secondsToCriticalSeen: 22.5,
  paused: true,
  blastRadius: { fromManifest: 0, fromServer: 0 },
  outsideReach: { answers: 0, devices: 0 },
  falseBlames: [],
  leadAnomaly: null,
  topSuspect: { dimension: "os", value: "windows", share: 1, exposedShare: 0.5, lift: 2 },
  suspectVerdict: "right",
  containment: { hold: null, reach: null, recovery: null },
  missed: [],
};

describe("report table", () => {
  it("aligns every column to its widest cell", () => {
    expect(
      alignColumns(
        ["a", "bb"],
        [
          ["xxx", "y"],
          ["z", "wwww"],
        ],
      ).split("\n"),
    ).toEqual(["a    bb", "---  ----", "xxx  y", "z    wwww"]);
  });

  it("shows a passing bad-release row with its timing, pause, both blast-radius counts and the suspect verdict", () => {
    expect(rowCells({ key: "a", title: "boot loop", outcome: passing })).toEqual([
      "a boot loop",
      "21.3 s (seen 22.5)",
      "yes",
      "0 / 0",
      "0",
      "0",
      "os=windows (right)",
      "-",
      "-",
      "-",
      "pass",
    ]);
  });

  it("shows dashes where nothing was detected and nothing was expected", () => {
    const benign: ScenarioOutcome = { ...passing, secondsToCritical: null, secondsToCriticalSeen: null, paused: false, topSuspect: null, suspectVerdict: null };
    expect(rowCells({ key: "c", title: "benign", outcome: benign })).toEqual(["c benign", "-", "no", "0 / 0", "0", "0", "-", "-", "-", "-", "pass"]);
  });

  it("says when an expected suspect is missing", () => {
    const none: ScenarioOutcome = { ...passing, topSuspect: null, suspectVerdict: "none", missed: ["top suspect os=windows (got no suspect)"] };
    expect(rowCells({ key: "a", title: "x", outcome: none }).slice(6)).toEqual(["none (wrong)", "-", "-", "-", "FAIL"]);
  });

  it("shows offers outside the reached rings by answers and devices", () => {
    const leaking: ScenarioOutcome = { ...passing, outsideReach: { answers: 14, devices: 9 }, missed: ["no offer outside..."] };
    expect(rowCells({ key: "f", title: "x", outcome: leaking }).slice(4, 5)).toEqual(["14 (9 devices)"]);
  });

  it("shows the hold, the stop's reach times and the recovery figures", () => {
    const contained: ScenarioOutcome = {
      ...passing,
      containment: {
        hold: { cohort: "osVersion=10.0.22631", devices: 250, exposedDevices: 24, by: "system" },
        reach: {
          action: "pause",
          exposedBefore: 100,
          reached: 93,
          reachedShare: 0.93,
          secondsTo: { p50: 8.4, p90: 41.2, p99: null },
          selfHealed: 12,
          unreachedTotal: 7,
        },
        recovery: {
          anomalyId: "an-1",
          affected: 48,
          down: 9,
          inRepair: 2,
          recovered: 37,
          mttrSec: 96,
          recoveryKeysUsed: 4,
          by: { self_reverted: 25, manual: 12 },
        },
      },
    };
    expect(rowCells({ key: "i", title: "x", outcome: contained }).slice(7, 10)).toEqual([
      "osVersion=10.0.22631 (250 devices)",
      "8/41/- s, 93 of 100",
      "37 of 48, MTTR 96 s",
    ]);
  });

  it("lists each missed goal under the table", () => {
    const failing = { ...passing, missed: ["deployment paused (it is active)"] };
    const report = formatReport([
      { key: "a", title: "x", outcome: passing },
      { key: "b", title: "y", outcome: failing },
    ]);
    expect(report.split("\n").slice(-1)).toEqual(["  b: missed: deployment paused (it is active)"]);
    expect(formatReport([{ key: "a", title: "x", outcome: passing }])).not.toContain("missed");
    expect(
      formatReport([{ key: "a", title: "x", outcome: passing, notes: ["2 manifest checks failed"] }])
        .split("\n")
        .at(-1),
    ).toBe("  a: note: 2 manifest checks failed");
  });
});
