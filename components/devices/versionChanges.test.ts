import { describe, expect, it } from "vitest";
import { versionChanges } from "./versionChanges";
import { crash, heartbeat, update } from "./timelineFixtures";

describe("versionChanges", () => {
  it("reports a change where consecutive heartbeats differ, newest first", () => {
    const changes = versionChanges([
      heartbeat("2026-11-22T10:03:00.000Z", "b", { agent: "7.12.0", content: "2024.07.19" }),
      heartbeat("2026-11-22T10:02:00.000Z", "b", { agent: "7.11.0", content: "2024.07.19" }),
      heartbeat("2026-11-22T10:01:00.000Z", "b", { agent: "7.11.0", content: "2024.07.18" }),
      heartbeat("2026-11-22T10:00:00.000Z", "b", { agent: "7.11.0", content: "2024.07.18" }),
    ]);
    expect(changes.map(({ component, from, to, at }) => ({ component, from, to, at }))).toEqual([
      { component: "agent", from: "7.11.0", to: "7.12.0", at: "2026-11-22T10:03:00.000Z" },
      { component: "content", from: "2024.07.18", to: "2024.07.19", at: "2026-11-22T10:02:00.000Z" },
    ]);
  });

  it("treats the oldest heartbeat as the baseline, not as a change", () => {
    expect(versionChanges([heartbeat("2026-11-22T10:00:00.000Z", "b", { agent: "7.11.0" })])).toEqual([]);
  });

  it("notes components that appear or disappear", () => {
    const changes = versionChanges([
      heartbeat("2026-11-22T10:01:00.000Z", "b", { sensor: "1.0" }),
      heartbeat("2026-11-22T10:00:00.000Z", "b", { agent: "7.11.0" }),
    ]);
    expect(changes.map(({ component, from, to }) => [component, from, to])).toEqual([
      ["agent", "7.11.0", null],
      ["sensor", null, "1.0"],
    ]);
  });

  it("includes update events with their status and ignores other events", () => {
    const changes = versionChanges([
      update("2026-11-22T10:05:00.000Z", "content", "2024.07.19", "2024.07.18", "rolled_back"),
      crash("2026-11-22T10:04:00.000Z"),
      update("2026-11-22T10:01:00.000Z", "content", "2024.07.18", "2024.07.19"),
    ]);
    expect(changes.map(({ source, from, to, status }) => [source, from, to, status])).toEqual([
      ["update", "2024.07.19", "2024.07.18", "rolled_back"],
      ["update", "2024.07.18", "2024.07.19", "installed"],
    ]);
  });

  it("skips heartbeats that carry no versions instead of reporting everything as removed", () => {
    const withoutVersions = heartbeat("2026-11-22T10:01:00.000Z", "b", {});
    delete withoutVersions.event.versions;
    const changes = versionChanges([
      heartbeat("2026-11-22T10:02:00.000Z", "b", { agent: "7.11.0" }),
      withoutVersions,
      heartbeat("2026-11-22T10:00:00.000Z", "b", { agent: "7.11.0" }),
    ]);
    expect(changes).toEqual([]);
  });
});
