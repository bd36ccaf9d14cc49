import { describe, expect, it } from "vitest";
import { deviceFiltersToSearch, deviceListParams, parseDeviceFilters } from "./deviceFilters";

describe("parseDeviceFilters", () => {
  it("reads every filter from the query string", () => {
    const filters = parseDeviceFilters(new URLSearchParams("q=host-1&state=crashed&ring=canary&component=agent&version=7.11.0&sort=last_seen&limit=200"));
    expect(filters).toEqual({ q: "host-1", state: "crashed", ring: "canary", component: "agent", version: "7.11.0", sort: "last_seen", limit: 200 });
  });

  it("falls back to defaults for unknown values", () => {
    const filters = parseDeviceFilters(new URLSearchParams("state=exploded&sort=random&limit=9999"));
    expect(filters.state).toBe("");
    expect(filters.sort).toBe("device_id");
    expect(filters.limit).toBe(50);
  });
});

describe("deviceFiltersToSearch", () => {
  it("round-trips and leaves defaults out of the link", () => {
    const filters = parseDeviceFilters(new URLSearchParams("ring=early&limit=50&sort=device_id"));
    expect(deviceFiltersToSearch(filters)).toBe("ring=early");
    expect(parseDeviceFilters(new URLSearchParams(deviceFiltersToSearch(filters)))).toEqual(filters);
  });
});

describe("deviceListParams", () => {
  it("holds a version back until a component is named", () => {
    const filters = parseDeviceFilters(new URLSearchParams("version=7.11.0"));
    expect(deviceListParams(filters, undefined).version).toBeUndefined();
    const withComponent = parseDeviceFilters(new URLSearchParams("component=agent&version=7.11.0"));
    expect(deviceListParams(withComponent, "abc")).toMatchObject({ component: "agent", version: "7.11.0", cursor: "abc" });
  });
});
