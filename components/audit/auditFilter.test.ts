import { describe, expect, it } from "vitest";
import { auditFilterHref, describeAuditFilter, parseAuditFilter } from "./auditFilter";

describe("audit filter", () => {
  it("reads a target from the URL and ignores an id without a type", () => {
    expect(parseAuditFilter(new URLSearchParams("targetType=deployment&targetId=d1"))).toEqual({ targetType: "deployment", targetId: "d1" });
    expect(parseAuditFilter(new URLSearchParams("targetId=d1"))).toEqual({});
    expect(parseAuditFilter(new URLSearchParams("targetType=%20"))).toEqual({});
  });

  it("round-trips through the URL", () => {
    const filter = { targetType: "deployment", targetId: "d 1" };
    const href = auditFilterHref(filter);
    expect(href).toBe("/audit?targetType=deployment&targetId=d+1");
    expect(parseAuditFilter(new URLSearchParams(href.split("?")[1]))).toEqual(filter);
    expect(auditFilterHref({})).toBe("/audit");
  });

  it("describes the filter in words", () => {
    expect(describeAuditFilter({ targetType: "deployment", targetId: "d1" })).toBe("deployment d1");
    expect(describeAuditFilter({ targetType: "ring" })).toBe("every ring");
    expect(describeAuditFilter({})).toBeNull();
  });
});
