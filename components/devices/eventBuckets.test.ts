import { describe, expect, it } from "vitest";
import { bucketEvents, chooseBucketWidth } from "./eventBuckets";
import { crash, heartbeat } from "./timelineFixtures";

const MINUTE = 60_000;

describe("bucketEvents", () => {
  it("counts each type per minute, oldest first, filling empty minutes", () => {
    const { widthMs, buckets } = bucketEvents([
      crash("2026-11-22T10:03:10.000Z"),
      heartbeat("2026-11-22T10:03:00.000Z", "b", {}),
      heartbeat("2026-11-22T10:00:30.000Z", "b", {}),
      heartbeat("2026-11-22T10:00:00.000Z", "b", {}),
    ]);
    expect(widthMs).toBe(MINUTE);
    expect(buckets.map((b) => [new Date(b.start).toISOString().slice(11, 16), b.heartbeat, b.crash])).toEqual([
      ["10:00", 2, 0],
      ["10:01", 0, 0],
      ["10:02", 0, 0],
      ["10:03", 1, 1],
    ]);
  });

  it("is empty for an empty timeline", () => {
    expect(bucketEvents([]).buckets).toEqual([]);
  });
});

describe("chooseBucketWidth", () => {
  it("widens buckets as the span grows so the chart stays readable", () => {
    expect(chooseBucketWidth(60 * MINUTE)).toBe(MINUTE);
    expect(chooseBucketWidth(5 * 60 * MINUTE)).toBe(5 * MINUTE);
    expect(chooseBucketWidth(7 * 24 * 60 * MINUTE)).toBe(6 * 60 * MINUTE);
  });
});
