import { describe, expect, it } from "vitest";
import { triageActions } from "./triage";

const operator = { acknowledge: true, resolve: true };
const analyst = { acknowledge: true, resolve: false };
const viewer = { acknowledge: false, resolve: false };

describe("triageActions", () => {
  it("offers acknowledge and resolve on open anomalies, resolve once acknowledged, nothing once resolved", () => {
    expect(triageActions("open", operator)).toEqual(["acknowledge", "resolve"]);
    expect(triageActions("acknowledged", operator)).toEqual(["resolve"]);
    expect(triageActions("resolved", operator)).toEqual([]);
  });

  it("offers analysts acknowledge only, and viewers nothing", () => {
    expect(triageActions("open", analyst)).toEqual(["acknowledge"]);
    expect(triageActions("acknowledged", analyst)).toEqual([]);
    expect(triageActions("open", viewer)).toEqual([]);
  });
});
