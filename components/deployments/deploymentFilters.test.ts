import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deploymentFiltersToSearch, deploymentListParams, parseDeploymentFilters, showsEveryLiveDeployment, type DeploymentFilters } from "./deploymentFilters";
import { DEPLOYMENT_TABS } from "./deploymentTabs";

describe("deployment filters in the URL", () => {
  it("round-trips every tab and search text", () => {
    const filters = fc.record({
      tab: fc.constantFrom(...DEPLOYMENT_TABS.map((t) => t.id)),
      q: fc.string().map((q) => q.trim()),
    });
    fc.assert(
      fc.property(filters, (f: DeploymentFilters) => {
        expect(parseDeploymentFilters(new URLSearchParams(deploymentFiltersToSearch(f)))).toEqual(f);
      }),
    );
  });

  it("leaves defaults out of the link and falls back on unknown values", () => {
    expect(deploymentFiltersToSearch({ tab: "live", q: "" })).toBe("");
    expect(deploymentFiltersToSearch({ tab: "rolled_back", q: "agent 7.1" })).toBe("status=rolled_back&q=agent+7.1");
    expect(parseDeploymentFilters(new URLSearchParams("status=exploded"))).toEqual({ tab: "live", q: "" });
  });

  it("asks the API for the tab's status and the search text", () => {
    expect(deploymentListParams({ tab: "all", q: "" }, 50, undefined)).toEqual({ status: undefined, q: undefined, limit: 50, cursor: undefined });
    expect(deploymentListParams({ tab: "live", q: "agent" }, 50, "c")).toEqual({ status: "live", q: "agent", limit: 50, cursor: "c" });
    expect(showsEveryLiveDeployment({ tab: "live", q: "" })).toBe(true);
    expect(showsEveryLiveDeployment({ tab: "live", q: "agent" })).toBe(false);
  });
});
