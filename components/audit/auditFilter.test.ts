import { describe, expect, it } from "vitest";
import { actionProblem, auditCsvHref, auditFilterHref, describeAuditFilter, draftOf, filterOfDraft, parseAuditFilter, type AuditFilter } from "./auditFilter";

describe("audit filter", () => {
  it("reads a target from the URL and ignores an id without a type", () => {
    expect(parseAuditFilter(new URLSearchParams("targetType=deployment&targetId=d1"))).toEqual({ targetType: "deployment", targetId: "d1" });
    expect(parseAuditFilter(new URLSearchParams("targetId=d1"))).toEqual({});
    expect(parseAuditFilter(new URLSearchParams("targetType=%20"))).toEqual({});
  });

  it("round-trips through the URL", () => {
    const filter: AuditFilter = { targetType: "deployment", targetId: "d 1" };
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

describe("audit filter: actor and action", () => {
  it("reads actor, action and type from the URL, dropping what the API would refuse", () => {
    expect(parseAuditFilter(new URLSearchParams("actor=key:deployer&action=webhook.&targetType=webhook"))).toEqual({
      actor: "key:deployer",
      action: "webhook.",
      targetType: "webhook",
    });
    expect(parseAuditFilter(new URLSearchParams("action=DROP%20TABLE&targetType=planet&targetId=x"))).toEqual({});
  });

  it("round-trips every field and downloads the same filter as CSV", () => {
    const filter: AuditFilter = { actor: "ann@example.com", action: "user.role_changed", targetType: "user", targetId: "u1" };
    const href = auditFilterHref(filter);
    expect(href).toBe("/audit?actor=ann%40example.com&action=user.role_changed&targetType=user&targetId=u1");
    expect(parseAuditFilter(new URLSearchParams(href.split("?")[1]))).toEqual(filter);
    expect(auditCsvHref(filter)).toBe("/api/v1/audit?actor=ann%40example.com&action=user.role_changed&targetType=user&targetId=u1&format=csv");
    expect(auditCsvHref({})).toBe("/api/v1/audit?format=csv");
  });

  it("turns the row's fields into a filter: a bare type is every action on it, a target id stays with its type", () => {
    const current: AuditFilter = { targetType: "deployment", targetId: "d1" };
    expect(filterOfDraft({ actor: " system ", action: "Webhook", targetType: "deployment" }, current)).toEqual({
      actor: "system",
      action: "webhook.",
      targetType: "deployment",
      targetId: "d1",
    });
    expect(filterOfDraft({ actor: "", action: "", targetType: "ring" }, current)).toEqual({ targetType: "ring" });
    expect(filterOfDraft(draftOf(current), current)).toEqual(current);
  });

  it("explains an action it cannot filter by", () => {
    expect(actionProblem("webhook.created")).toBeNull();
    expect(actionProblem("")).toBeNull();
    expect(actionProblem("webhook created")).toMatch(/such as webhook.created/);
  });

  it("describes every part of the filter", () => {
    expect(describeAuditFilter({ actor: "system", action: "anomaly.", targetType: "anomaly" })).toBe("every anomaly, anomaly.*, by system");
    expect(describeAuditFilter({ action: "user.created" })).toBe("user.created");
  });
});
