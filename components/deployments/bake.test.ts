import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bakeProgress, bakeText, formatBakeTime, formatTimeLeft } from "./bake";
import { stage } from "./fixtures";

describe("bakeProgress", () => {
  it("counts down from the server's remaining time by the seconds since the fetch", () => {
    const progress = bakeProgress(stage({ status: "baking", bakeSeconds: 600, bakeRemainingSec: 300 }), 60);
    expect(progress).toEqual({ fraction: 0.6, remainingSec: 240, done: false, paused: false });
  });

  it("stops at zero and reports the bake done", () => {
    expect(bakeProgress(stage({ status: "baking", bakeSeconds: 600, bakeRemainingSec: 5 }), 30)).toEqual({
      fraction: 1,
      remainingSec: 0,
      done: true,
      paused: false,
    });
  });

  it("treats a zero bake time as already baked", () => {
    expect(bakeProgress(stage({ status: "baking", bakeSeconds: 0, bakeRemainingSec: 0 }), 0)).toMatchObject({ fraction: 1, done: true });
  });

  it("shows a pending stage's whole bake ahead and a passed one complete", () => {
    expect(bakeProgress(stage({ status: "pending", bakeSeconds: 1800 }), 100)).toEqual({ fraction: 0, remainingSec: 1800, done: false, paused: false });
    expect(bakeProgress(stage({ status: "passed" }), 0)).toEqual({ fraction: 1, remainingSec: 0, done: true, paused: false });
  });

  it("does not tick a blocked stage on the client: it shows what the server last said", () => {
    expect(bakeProgress(stage({ status: "blocked", bakeSeconds: 600, bakeRemainingSec: 300 }), 120).remainingSec).toBe(300);
  });

  it("stands still while the deployment is paused, whatever time passes, and says so", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 86_400 }), fc.integer({ min: 0, max: 86_400 }), fc.integer({ min: 0, max: 10 ** 6 }), (bake, left, since) => {
        const remaining = Math.min(bake, left);
        const progress = bakeProgress(stage({ status: "baking", bakeSeconds: bake, bakeRemainingSec: remaining, bakePaused: true }), since);
        expect(progress.remainingSec).toBe(remaining);
        expect(progress.paused).toBe(true);
        if (remaining > 0) expect(bakeText(progress)).toBe(`paused · ${formatTimeLeft(remaining)} of bake left`);
      }),
    );
  });

  it("words a running bake by what is left", () => {
    expect(bakeText(bakeProgress(stage({ status: "baking", bakeSeconds: 3600, bakeRemainingSec: 720 }), 0))).toBe("12 min left");
    expect(bakeText(bakeProgress(stage({ status: "baking", bakeSeconds: 3600, bakeRemainingSec: 720, bakePaused: true }), 60))).toBe(
      "paused · 12 min of bake left",
    );
    expect(bakeText(bakeProgress(stage({ status: "passed" }), 0))).toBe("baked");
  });
});

describe("formatTimeLeft", () => {
  it.each([
    [0, "0 s"],
    [45, "45 s"],
    [60, "1 min"],
    [230, "4 min"],
    [3599, "1 h"],
    [3600, "1 h"],
    [4800, "1 h 20 min"],
    [86_400, "1 d"],
    [86_400 + 3 * 3600, "1 d 3 h"],
  ])("%i s reads %s", (seconds, text) => {
    expect(formatTimeLeft(seconds)).toBe(text);
  });
});

describe("formatBakeTime", () => {
  it("names a zero bake", () => {
    expect(formatBakeTime(0)).toBe("no bake");
    expect(formatBakeTime(600)).toBe("10 min");
  });
});
