import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALERT_KINDS } from "@/schemas/alerts";
import { SEVERITIES } from "@/schemas/anomalies";
import { ALERT_RANGES, alertFilterSearch, alertQuery, CLEARED_ALERT_FILTERS, parseAlertFilters, type AlertRange } from "./alertFilters";

const filters = fc.record({
  kind: fc.constantFrom("" as const, ...ALERT_KINDS),
  severity: fc.constantFrom("" as const, ...SEVERITIES),
  deploymentId: fc.oneof(fc.constant(""), fc.uuid()),
  unread: fc.boolean(),
  range: fc.constantFrom("" as const, ...(Object.keys(ALERT_RANGES) as AlertRange[])),
});

describe("alert filters in the URL", () => {
  it("round-trips every filter through the URL", () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(parseAlertFilters(new URLSearchParams(alertFilterSearch(f)))).toEqual(f);
      }),
    );
  });

  it("drops what a hand-edited link gets wrong", () => {
    expect(parseAlertFilters(new URLSearchParams("kind=webhook&severity=loud&deploymentId=1%20OR%201&unread=yes&range=1y"))).toEqual(CLEARED_ALERT_FILTERS);
  });

  it("asks the API for the range from a minute-rounded start, so polls keep one cache key", () => {
    const now = Date.parse("2026-12-01T12:34:56.789Z");
    const query = alertQuery({ ...CLEARED_ALERT_FILTERS, range: "1h", unread: true }, now, 50);
    expect(query).toEqual({ limit: 50, unread: "true", since: "2026-12-01T11:34:00.000Z" });
    expect(alertQuery({ ...CLEARED_ALERT_FILTERS, range: "1h" }, now + 2_000, 50).since).toBe(query.since);
    expect(alertQuery(CLEARED_ALERT_FILTERS, now, 20, "99")).toEqual({ limit: 20, before: "99" });
  });
});
