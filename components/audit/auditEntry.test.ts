import { describe, expect, it } from "vitest";
import { auditTargetHref, formatStatus, shortId, statusChange, targetLabel } from "./auditEntry";

describe("statusChange", () => {
  it("reads the status before and after", () => {
    expect(statusChange({ before: { status: "active", x: 1 }, after: { status: "paused" } })).toEqual({ from: "active", to: "paused" });
  });

  it("shows a status set on creation", () => {
    expect(statusChange({ before: null, after: { status: "active" } })).toEqual({ from: null, to: "active" });
  });

  it("is null when the status did not change or is not there", () => {
    expect(statusChange({ before: { status: "active" }, after: { status: "active" } })).toBeNull();
    expect(statusChange({ before: { percent: 5 }, after: { percent: 10 } })).toBeNull();
    expect(statusChange({ before: "text", after: 3 })).toBeNull();
  });
});

describe("formatting", () => {
  it("reads statuses in words and marks a missing one", () => {
    expect(formatStatus("rolled_back")).toBe("rolled back");
    expect(formatStatus(null)).toBe("∅");
  });

  it("shortens long ids only", () => {
    expect(shortId("3f2b6c1e-0000-4000-8000-000000000001")).toBe("3f2b6c1e");
    expect(shortId("abc")).toBe("abc");
  });
});

describe("auditTargetHref", () => {
  it("links deployments and nothing else", () => {
    expect(auditTargetHref({ targetType: "deployment", targetId: "d 1" })).toBe("/deployments/d%201");
    expect(auditTargetHref({ targetType: "anomaly", targetId: "a1" })).toBe("/anomalies/a1");
    expect(auditTargetHref({ targetType: "ring", targetId: "r1" })).toBeNull();
  });
});

describe("targetLabel", () => {
  it("shows the name an entry kept, else the short id", () => {
    expect(targetLabel({ targetType: "api_key", targetId: "3f2b6c1e-0000-4000-8000-000000000001", targetName: "deployer" })).toEqual({
      type: "api key",
      text: "deployer",
      isId: false,
      title: "deployer (3f2b6c1e-0000-4000-8000-000000000001)",
    });
    expect(targetLabel({ targetType: "ring", targetId: "3f2b6c1e-0000-4000-8000-000000000001", targetName: null })).toEqual({
      type: "ring",
      text: "3f2b6c1e",
      isId: true,
      title: "3f2b6c1e-0000-4000-8000-000000000001",
    });
  });
});
