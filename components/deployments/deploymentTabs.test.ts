import { describe, expect, it } from "vitest";
import { deploymentTabHref, parseDeploymentTab, tabStatus } from "./deploymentTabs";

describe("deployment tabs", () => {
  it("reads the tab from the URL, live by default and for anything unknown", () => {
    expect(parseDeploymentTab(null)).toBe("live");
    expect(parseDeploymentTab("rolled_back")).toBe("rolled_back");
    expect(parseDeploymentTab("bogus")).toBe("live");
  });

  it("keeps the default tab's URL clean", () => {
    expect(deploymentTabHref("live")).toBe("/deployments");
    expect(deploymentTabHref("completed")).toBe("/deployments?status=completed");
  });

  it("asks for no status on the all tab", () => {
    expect(tabStatus("all")).toBeUndefined();
    expect(tabStatus("completed")).toBe("completed");
  });
});
