import { describe, expect, it } from "vitest";
import { collapseHeartbeatRuns } from "./heartbeatRuns";
import { boot, crash, heartbeat } from "./timelineFixtures";

const v = { agent: "7.11.0" };

describe("collapseHeartbeatRuns", () => {
  it("collapses consecutive heartbeats of one boot into a run, newest first", () => {
    const items = collapseHeartbeatRuns([
      heartbeat("2026-11-22T10:08:00.000Z", "boot-a", v, 480),
      heartbeat("2026-11-22T10:07:00.000Z", "boot-a", v, 420),
      heartbeat("2026-11-22T10:06:00.000Z", "boot-a", v, 360),
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "heartbeats",
      count: 3,
      newestTs: "2026-11-22T10:08:00.000Z",
      oldestTs: "2026-11-22T10:06:00.000Z",
      bootId: "boot-a",
      uptimeSec: 480,
    });
  });

  it("lets crashes and boots break runs and stand alone", () => {
    const items = collapseHeartbeatRuns([
      heartbeat("2026-11-22T10:10:00.000Z", "boot-b", v),
      heartbeat("2026-11-22T10:09:00.000Z", "boot-b", v),
      boot("2026-11-22T10:08:30.000Z", "boot-b"),
      crash("2026-11-22T10:08:00.000Z"),
      heartbeat("2026-11-22T10:07:00.000Z", "boot-a", v),
    ]);
    expect(items.map((item) => (item.kind === "heartbeats" ? `hb×${item.count}` : item.entry.type))).toEqual(["hb×2", "boot", "crash", "hb×1"]);
  });

  it("starts a new run when the boot id changes without a boot event", () => {
    const items = collapseHeartbeatRuns([
      heartbeat("2026-11-22T10:02:00.000Z", "boot-b", v),
      heartbeat("2026-11-22T10:01:00.000Z", "boot-a", v),
      heartbeat("2026-11-22T10:00:00.000Z", "boot-a", v),
    ]);
    expect(items.map((item) => (item.kind === "heartbeats" ? [item.bootId, item.count] : null))).toEqual([
      ["boot-b", 1],
      ["boot-a", 2],
    ]);
  });

  it("gives every item a distinct key and handles an empty timeline", () => {
    expect(collapseHeartbeatRuns([])).toEqual([]);
    const items = collapseHeartbeatRuns([crash("2026-11-22T10:00:00.000Z"), crash("2026-11-22T10:00:00.000Z")]);
    expect(new Set(items.map((item) => item.key)).size).toBe(2);
  });
});
