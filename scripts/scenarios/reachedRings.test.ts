import { describe, expect, it } from "vitest";
import { checkReachedRings, describeViolation, holdSpans, reachTimeline, SHOWN_VIOLATIONS, type ManifestAnswerRecord } from "./reachedRings";

const T0 = Date.parse("2026-11-22T10:00:00.000Z");
const iso = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();
const RELEASE = { component: "sensor", version: "2" };

function answer(deviceId: string, trueRing: string | null, askedMs: number, offered = true, receivedMs = askedMs + 50): ManifestAnswerRecord {
  return { deviceId, trueRing, askedAt: T0 + askedMs, receivedAt: T0 + receivedMs, answeredRing: trueRing, versions: { sensor: offered ? "2" : "1" } };
}

/** Canary from T0, early from +60 s, broad never. */
const stages = [
  { ring: "canary", startedAt: iso(0) },
  { ring: "early", startedAt: iso(60_000) },
  { ring: "broad", startedAt: null },
];

describe("checkReachedRings", () => {
  it("accepts offers to rings whose stage had started, and ignores answers that do not offer the release", () => {
    const answers = [answer("c1", "canary", 1000), answer("e1", "early", 61_000), answer("b1", "broad", 5000, false)];
    expect(checkReachedRings(answers, RELEASE, reachTimeline(stages, []))).toMatchObject({
      offers: 2,
      violations: 0,
      violatingDevices: 0,
      lastReceivedAt: null,
    });
  });

  it("fails an offer to a device whose pinned ring was not reached yet, whatever ring the app answered", () => {
    const misplaced = { ...answer("e1", "early", 3000), answeredRing: "canary" };
    const check = checkReachedRings([misplaced, answer("e1", "early", 13_000), answer("b1", "broad", 70_000)], RELEASE, reachTimeline(stages, []));
    expect(check).toMatchObject({ offers: 3, violations: 3, violatingDevices: 2, lastReceivedAt: T0 + 70_050 });
    expect(check.first[0]).toEqual({
      deviceId: "e1",
      trueRing: "early",
      answeredRing: "canary",
      askedAt: T0 + 3000,
      receivedAt: T0 + 3050,
      reason: "ring not reached",
    });
  });

  it("gives the app the benefit of an answer in flight when the stage started", () => {
    const inFlight = answer("e1", "early", 59_900, true, 60_100);
    expect(checkReachedRings([inFlight], RELEASE, reachTimeline(stages, [])).violations).toBe(0);
    expect(checkReachedRings([answer("e1", "early", 59_000, true, 59_999)], RELEASE, reachTimeline(stages, [])).violations).toBe(1);
  });

  it("fails a ring that is not in the plan at all", () => {
    expect(checkReachedRings([answer("x1", "lab", 1000)], RELEASE, reachTimeline(stages, [])).first[0]?.reason).toBe("ring not reached");
  });

  it("while paused, lets an exposed device keep its version but fails a new one", () => {
    const timeline = reachTimeline(stages, [{ at: iso(30_000), action: "deployment.pause" }]);
    const answers = [answer("c1", "canary", 10_000), answer("c1", "canary", 40_000), answer("c2", "canary", 41_000)];
    const check = checkReachedRings(answers, RELEASE, timeline);
    expect(check).toMatchObject({ offers: 3, violations: 1, violatingDevices: 1 });
    expect(check.first[0]).toMatchObject({ deviceId: "c2", reason: "new device while held" });
  });

  it("counts a device asked for just before the pause as exposed before it, and allows new devices after a resume", () => {
    const audit = [
      { at: iso(30_000), action: "deployment.pause" },
      { at: iso(50_000), action: "deployment.resume" },
    ];
    const answers = [answer("c1", "canary", 29_990, true, 30_200), answer("c1", "canary", 35_000), answer("c2", "canary", 51_000)];
    expect(checkReachedRings(answers, RELEASE, reachTimeline(stages, audit)).violations).toBe(0);
  });

  it("leaves devices without a pin unjudged, and shows only the first few violations", () => {
    const many = Array.from({ length: SHOWN_VIOLATIONS + 3 }, (_, i) => answer(`b${i}`, "broad", 1000 + i));
    const check = checkReachedRings([...many, answer("u1", null, 1000)], RELEASE, reachTimeline(stages, []));
    expect(check).toMatchObject({ violations: SHOWN_VIOLATIONS + 3, unjudged: 1 });
    expect(check.first.map((v) => v.deviceId)).toEqual(["b0", "b1", "b2", "b3", "b4"]);
  });
});

describe("holdSpans", () => {
  it("opens a span at a pause or halt and closes it at the next resume", () => {
    const audit = [
      { at: iso(40_000), action: "deployment.halt" },
      { at: iso(10_000), action: "deployment.pause" },
      { at: iso(20_000), action: "deployment.resume" },
      { at: iso(45_000), action: "deployment.rollback" },
    ];
    expect(holdSpans(audit)).toEqual([
      { action: "deployment.pause", from: T0 + 10_000, to: T0 + 20_000 },
      { action: "deployment.halt", from: T0 + 40_000, to: null },
    ]);
  });
});

describe("describeViolation", () => {
  it("names the device, both rings and the times since the first stage started", () => {
    const line = describeViolation(
      { deviceId: "d1", trueRing: "broad", answeredRing: "canary", askedAt: T0 + 3000, receivedAt: T0 + 3250, reason: "ring not reached" },
      T0,
    );
    expect(line).toBe("d1 (pinned broad, answered as canary) asked +3.00 s, received +3.25 s: ring not reached");
  });
});
