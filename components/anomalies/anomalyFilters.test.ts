import { describe, expect, it } from "vitest";
import { anomalyFiltersToSearch, anomalyListParams, hasActiveAnomalyFilters, inboxHref, parseAnomalyFilters } from "./anomalyFilters";

const DEPLOYMENT = "0b6f3a52-8f0e-4b7e-9a51-2f7c1d3e4a10";

describe("parseAnomalyFilters", () => {
  it("opens on open anomalies with nothing else narrowed", () => {
    expect(parseAnomalyFilters(new URLSearchParams(""))).toEqual({ status: "open", severity: "", kind: "", ring: "", deploymentId: "" });
  });

  it("reads every filter from the query string", () => {
    const filters = parseAnomalyFilters(new URLSearchParams(`status=acknowledged&severity=critical&kind=boot_loop&ring=canary&deploymentId=${DEPLOYMENT}`));
    expect(filters).toEqual({ status: "acknowledged", severity: "critical", kind: "boot_loop", ring: "canary", deploymentId: DEPLOYMENT });
  });

  it("drops values the API would refuse", () => {
    const filters = parseAnomalyFilters(new URLSearchParams("status=closed&severity=meh&kind=fire&deploymentId=not-a-uuid"));
    expect(filters).toMatchObject({ status: "open", severity: "", kind: "", deploymentId: "" });
  });
});

describe("anomalyFiltersToSearch", () => {
  it("round-trips and leaves the default status out of the link", () => {
    const filters = parseAnomalyFilters(new URLSearchParams("status=open&ring=early"));
    expect(anomalyFiltersToSearch(filters)).toBe("ring=early");
    expect(parseAnomalyFilters(new URLSearchParams(anomalyFiltersToSearch(filters)))).toEqual(filters);
    expect(hasActiveAnomalyFilters(filters)).toBe(true);
    expect(hasActiveAnomalyFilters(parseAnomalyFilters(new URLSearchParams("")))).toBe(false);
  });
});

describe("anomalyListParams", () => {
  it("sends no status for 'all' and only the filters that are set", () => {
    const params = anomalyListParams(parseAnomalyFilters(new URLSearchParams("status=all&kind=crash_rate")), "c1");
    expect(params).toEqual({ status: undefined, severity: undefined, kind: "crash_rate", ring: undefined, deploymentId: undefined, limit: 50, cursor: "c1" });
  });
});

describe("inboxHref", () => {
  it("links to the inbox narrowed to a ring or a deployment", () => {
    expect(inboxHref({ ring: "canary" })).toBe("/anomalies?ring=canary");
    expect(inboxHref({ deploymentId: DEPLOYMENT })).toBe(`/anomalies?deploymentId=${DEPLOYMENT}`);
    expect(inboxHref({})).toBe("/anomalies");
  });
});
