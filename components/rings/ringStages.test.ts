import { describe, expect, it } from "vitest";
import { deployment, stage } from "@/components/deployments/fixtures";
import { inRingOrder, stagesInRing } from "./ringStages";

describe("stagesInRing", () => {
  it("pairs each deployment with its stage in the ring and skips deployments that do not reach it", () => {
    const agent = deployment();
    const sensor = deployment({ id: "d2", component: "sensor", stages: [stage({ ring: "early", status: "baking" })] });
    expect(stagesInRing("early", [agent, sensor]).map(({ deployment: d, stage: s }) => [d.component, s.status])).toEqual([
      ["agent", "pending"],
      ["sensor", "baking"],
    ]);
    expect(stagesInRing("canary", [sensor])).toEqual([]);
  });
});

describe("inRingOrder", () => {
  it("sorts by rollout order, unknown rings last by name", () => {
    const items = ["zeta", "broad", "alpha", "canary"].map((ring) => ({ ring }));
    expect(inRingOrder(items, ["canary", "early", "broad"]).map((i) => i.ring)).toEqual(["canary", "broad", "alpha", "zeta"]);
  });
});
