import { describe, expect, it } from "vitest";
import { versionColor } from "@/components/ui/palette";
import { componentMixes, describeMix, versionSegments } from "./versionMix";

describe("versionSegments", () => {
  it("orders versions newest first, numerically, with their shares", () => {
    const segments = versionSegments({ "7.9.0": 1, "7.12.0": 2, "7.10.1": 1 });
    expect(segments.map((s) => [s.version, s.devices, s.share])).toEqual([
      ["7.12.0", 2, 0.5],
      ["7.10.1", 1, 0.25],
      ["7.9.0", 1, 0.25],
    ]);
    // A version keeps its colour on every page, whatever else is in the ring.
    expect(segments.map((s) => s.color)).toEqual(["7.12.0", "7.10.1", "7.9.0"].map(versionColor));
  });

  it("folds the long tail into 'other'", () => {
    const counts = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`1.${i}.0`, 1]));
    const segments = versionSegments(counts);
    expect(segments).toHaveLength(5);
    expect(segments[4]).toMatchObject({ version: "other", devices: 4, share: 0.5 });
  });

  it("drops empty versions and is empty for no devices", () => {
    expect(versionSegments({ "1.0": 0 })).toEqual([]);
    expect(versionSegments({ "1.0": 0, "2.0": 3 }).map((s) => s.version)).toEqual(["2.0"]);
  });
});

describe("componentMixes", () => {
  it("lists components by name and skips those without devices", () => {
    const mixes = componentMixes({ sensor: { "2.0": 1 }, agent: { "7.1": 3 }, empty: {} });
    expect(mixes.map((m) => m.component)).toEqual(["agent", "sensor"]);
    expect(describeMix("agent", mixes[0].segments)).toBe("agent versions: 7.1 3 of 3 devices · 100%");
  });
});
