import { describe, expect, it } from "vitest";
import { DEPLOYMENT_STATUSES, STAGE_STATUSES } from "@/core/rollouts/deployment";
import fc from "fast-check";
import { CRASH_FREE_VERDICT_LOOK, crashFreeVerdictTone, stageLook } from "./deploymentLook";

describe("stageLook", () => {
  it("colours stages by their own status in an active deployment", () => {
    expect(["pending", "baking", "passed", "blocked"].map((s) => stageLook(s as (typeof STAGE_STATUSES)[number], "active").tone)).toEqual([
      "muted",
      "info",
      "success",
      "danger",
    ]);
  });

  it("shows the baking stage of a paused deployment as paused", () => {
    expect(stageLook("baking", "paused")).toMatchObject({ label: "paused", tone: "warning" });
  });

  it("shows every reached stage of a rolled-back deployment as rolled back, and leaves pending ones", () => {
    expect(stageLook("passed", "rolled_back").label).toBe("rolled back");
    expect(stageLook("pending", "rolled_back").label).toBe("pending");
  });

  it("has a look for every combination", () => {
    for (const d of DEPLOYMENT_STATUSES) for (const s of STAGE_STATUSES) expect(stageLook(s, d).label).not.toBe("");
  });
});

describe("crash-free verdict tones", () => {
  const verdicts = Object.keys(CRASH_FREE_VERDICT_LOOK) as (keyof typeof CRASH_FREE_VERDICT_LOOK)[];

  it("colours a number only when the comparison found it worse", () => {
    fc.assert(
      fc.property(fc.constantFrom(...verdicts), (verdict) => {
        expect(crashFreeVerdictTone(verdict) === "neutral").toBe(verdict !== "worse");
      }),
    );
  });

  it("gives no success colour to a comparison that found nothing", () => {
    expect(CRASH_FREE_VERDICT_LOOK.no_clear_difference.tone).toBe("neutral");
    expect(CRASH_FREE_VERDICT_LOOK.worse.tone).toBe("danger");
  });
});
