import { describe, expect, it } from "vitest";
import type { Suspect } from "@/schemas/anomalies";
import { rankSuspects } from "./suspects";

describe("rankSuspects", () => {
  const suspect = (dimension: string, value: string, share: number, exposedShare: number, lift: number): Suspect => ({
    dimension,
    value,
    share,
    exposedShare,
    lift,
  });

  it("keeps the detector's evidence order (not lift) and keeps shares as percent", () => {
    const bars = rankSuspects([
      suspect("os", "windows", 1, 0.9, 1.11),
      suspect("model", "Latitude 7440", 0.9, 0.3, 3),
      suspect("osVersion", "22631", 0.9, 0.45, 2),
    ]);
    expect(bars.map((b) => b.key)).toEqual(["os=windows", "model=Latitude 7440", "osVersion=22631"]);
    expect(bars[1]).toMatchObject({ affectedPercent: 90, exposedPercent: 30, lift: 3 });
  });

  it("lists at most the limit", () => {
    const many = Array.from({ length: 12 }, (_, i) => suspect("tags.site", `s${i}`, 0.1, 0.1, 1));
    expect(rankSuspects(many, 5)).toHaveLength(5);
  });
});
