import { describe, expect, it } from "vitest";
import { isActiveSection, navItemsFor } from "./navigation";

describe("navItemsFor", () => {
  it("shows Settings to admins only", () => {
    expect(navItemsFor("admin").map((i) => i.label)).toContain("Settings");
    for (const role of ["viewer", "analyst", "operator"] as const) {
      expect(navItemsFor(role).map((i) => i.label)).not.toContain("Settings");
    }
  });
});

describe("navItemsFor, audit log", () => {
  it("shows the audit log to every role", () => {
    for (const role of ["viewer", "analyst", "operator", "admin"] as const) {
      expect(navItemsFor(role).map((i) => i.label)).toContain("Audit log");
    }
  });
});

describe("navItemsFor, anomaly triage", () => {
  it("shows anomalies and the remediation queue to every role, in that order", () => {
    for (const role of ["viewer", "analyst", "operator", "admin"] as const) {
      const labels = navItemsFor(role).map((i) => i.label);
      expect(labels.indexOf("Remediation")).toBe(labels.indexOf("Anomalies") + 1);
    }
  });
});

describe("isActiveSection", () => {
  it("marks a section active on its pages and sub-pages, not on look-alike paths", () => {
    expect(isActiveSection("/devices", "/devices")).toBe(true);
    expect(isActiveSection("/devices/abc", "/devices")).toBe(true);
    expect(isActiveSection("/devicesx", "/devices")).toBe(false);
  });
});
