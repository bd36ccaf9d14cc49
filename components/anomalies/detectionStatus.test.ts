import { describe, expect, it } from "vitest";
import type { DetectionStatus } from "@/queries/anomalies";
import { detectionLine } from "./detectionStatus";

const NOW = Date.parse("2026-11-22T10:00:00.000Z");
const status = (over: Partial<DetectionStatus> = {}): DetectionStatus => ({
  intervalSec: 10,
  lastTickAt: "2026-11-22T09:59:52.000Z",
  lastTickDurationMs: 120,
  evaluated: 4,
  lagSec: { p50: 14, max: 41, samples: 6 },
  ...over,
});

describe("detectionLine", () => {
  it("says when the detector last ticked and how fast it catches anomalies", () => {
    expect(detectionLine(status(), NOW)).toEqual({ text: "last tick 8s ago (every 10s) · detection lag p50 14s, max 41s (6 in 24 h)", stale: false });
  });

  it("flags a detector that missed several ticks", () => {
    expect(detectionLine(status({ lastTickAt: "2026-11-22T09:59:00.000Z" }), NOW).stale).toBe(true);
  });

  it("flags a detector that never ran", () => {
    expect(detectionLine(status({ lastTickAt: null }), NOW)).toEqual({ text: "has not run yet (every 10s)", stale: true });
  });

  it("says there is no lag to show without recent anomalies", () => {
    expect(detectionLine(status({ lagSec: { p50: null, max: null, samples: 0 } }), NOW).text).toMatch(/no anomalies in the last 24 h/);
  });
});
