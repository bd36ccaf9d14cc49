import { describe, expect, it } from "vitest";
import { triageActions } from "./triage";

describe("triageActions", () => {
  it("offers acknowledge and resolve on open anomalies, resolve once acknowledged, nothing once resolved", () => {
    expect(triageActions("open", true)).toEqual(["acknowledge", "resolve"]);
    expect(triageActions("acknowledged", true)).toEqual(["resolve"]);
    expect(triageActions("resolved", true)).toEqual([]);
  });

  it("offers nothing to users who may not triage", () => {
    expect(triageActions("open", false)).toEqual([]);
  });
});
