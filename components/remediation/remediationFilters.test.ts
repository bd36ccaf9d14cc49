import { describe, expect, it } from "vitest";
import { remediationCsvHref } from "@/queries/anomalies";
import { parseRemediationFilters, remediationFiltersToSearch, remediationParams } from "./remediationFilters";

describe("parseRemediationFilters", () => {
  it("reads ring and state, and only the states still needing repair", () => {
    expect(parseRemediationFilters(new URLSearchParams("ring=canary&state=boot_loop"))).toEqual({ ring: "canary", state: "boot_loop" });
    expect(parseRemediationFilters(new URLSearchParams("state=healthy")).state).toBe("");
  });

  it("round-trips through the URL", () => {
    const filters = { ring: "early", state: "silent" as const };
    expect(parseRemediationFilters(new URLSearchParams(remediationFiltersToSearch(filters)))).toEqual(filters);
    expect(remediationFiltersToSearch({ ring: "", state: "" })).toBe("");
  });
});

describe("remediationParams and the CSV link", () => {
  it("asks for one page with the filters that are set", () => {
    expect(remediationParams({ ring: "canary", state: "" }, "c2")).toEqual({ ring: "canary", state: undefined, limit: 100, cursor: "c2" });
  });

  it("downloads the whole queue under the same filters, without paging", () => {
    expect(remediationCsvHref({ ring: "canary", state: "boot_loop" })).toBe("/api/v1/remediation?ring=canary&state=boot_loop&format=csv");
    expect(remediationCsvHref({})).toBe("/api/v1/remediation?format=csv");
  });
});
