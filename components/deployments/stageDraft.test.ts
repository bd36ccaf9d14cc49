import { describe, expect, it } from "vitest";
import { addStage, defaultStages, moveStage, removeStage, stageProblems, toStagesInput, updateStage } from "./stageDraft";

const rings = ["canary", "early", "broad"];

describe("defaultStages", () => {
  it("bakes canary 10 min, early 30 min and broad not at all", () => {
    expect(defaultStages(rings).map((s) => [s.ring, s.bakeMinutes])).toEqual([
      ["canary", "10"],
      ["early", "30"],
      ["broad", "0"],
    ]);
  });

  it("gives unknown rings a short first bake, longer middle bakes and none on the last", () => {
    expect(defaultStages(["pilot", "wave1", "wave2", "all"]).map((s) => s.bakeMinutes)).toEqual(["10", "30", "30", "0"]);
  });
});

describe("editing stages", () => {
  const stages = defaultStages(rings);

  it("adds a stage on the first unused ring with a fresh key", () => {
    const fewer = removeStage(stages, 1);
    const added = addStage(fewer, rings);
    expect(added.map((s) => s.ring)).toEqual(["canary", "broad", "early"]);
    expect(new Set(added.map((s) => s.key)).size).toBe(3);
  });

  it("moves stages with their keys and ignores moves past either end", () => {
    const moved = moveStage(stages, 2, -1);
    expect(moved.map((s) => s.ring)).toEqual(["canary", "broad", "early"]);
    expect(moved[1].key).toBe(stages[2].key);
    expect(moveStage(stages, 0, -1)).toBe(stages);
    expect(moveStage(stages, 2, 1)).toBe(stages);
  });

  it("updates one stage only", () => {
    expect(updateStage(stages, 0, { bakeMinutes: "15" }).map((s) => s.bakeMinutes)).toEqual(["15", "30", "0"]);
  });
});

describe("stageProblems", () => {
  it("accepts the defaults", () => {
    expect(stageProblems(defaultStages(rings))).toEqual([]);
  });

  it("names empty plans, bad bake times and repeated rings", () => {
    expect(stageProblems([])).toEqual(["Add at least one stage."]);
    const stages = [
      { key: 0, ring: "canary", bakeMinutes: "-1" },
      { key: 1, ring: "canary", bakeMinutes: "abc" },
      { key: 2, ring: "", bakeMinutes: "" },
    ];
    expect(stageProblems(stages)).toEqual([
      "Stage 1: bake time must be a number of minutes, 0 or more.",
      "Stage 2: bake time must be a number of minutes, 0 or more.",
      "Stage 3: pick a ring.",
      "Stage 3: bake time must be a number of minutes, 0 or more.",
      "Ring canary is used by more than one stage.",
    ]);
  });
});

describe("toStagesInput", () => {
  it("sends bake times in whole seconds", () => {
    expect(
      toStagesInput([
        { key: 0, ring: "canary", bakeMinutes: "10" },
        { key: 1, ring: "early", bakeMinutes: "1.5" },
      ]),
    ).toEqual([
      { ring: "canary", bakeSeconds: 600 },
      { ring: "early", bakeSeconds: 90 },
    ]);
  });
});
