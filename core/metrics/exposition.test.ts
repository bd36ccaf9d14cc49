import { describe, expect, it } from "vitest";
import { renderMetrics } from "./exposition";

describe("Prometheus exposition", () => {
  it("writes HELP, TYPE and samples with escaped labels, leaving unknown values out", () => {
    const text = renderMetrics([
      {
        name: "ringwatch_ring_devices",
        help: "Devices per ring and state.",
        type: "gauge",
        samples: [
          { labels: { ring: 'can"ary', state: "healthy" }, value: 3 },
          { labels: { ring: "x", state: "silent" }, value: null },
        ],
      },
      { name: "ringwatch_ingest_events_total", help: "Events.", type: "counter", samples: [{ labels: { outcome: "accepted" }, value: 10 }] },
    ]);
    expect(text).toBe(
      [
        "# HELP ringwatch_ring_devices Devices per ring and state.",
        "# TYPE ringwatch_ring_devices gauge",
        'ringwatch_ring_devices{ring="can\\"ary",state="healthy"} 3',
        "# HELP ringwatch_ingest_events_total Events.",
        "# TYPE ringwatch_ingest_events_total counter",
        'ringwatch_ingest_events_total{outcome="accepted"} 10',
        "",
      ].join("\n"),
    );
  });
});
