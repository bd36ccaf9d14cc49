import { describe, expect, it } from "vitest";
import type { Webhook } from "@/queries/webhooks";
import { EMPTY_WEBHOOK, filterSummary, webhookHealth, webhookInput } from "./webhookDraft";

const webhook: Webhook = {
  id: "w",
  url: "https://h.example.com",
  format: "json",
  secretHint: "whsec_abcd…",
  minSeverity: "warning",
  rings: null,
  events: null,
  enabled: true,
  failing: false,
  failingSince: null,
  consecutiveFailures: 0,
  createdBy: null,
  createdAt: "2026-11-23T00:00:00Z",
};

describe("webhook form and list helpers", () => {
  it("leaves out an empty secret (server generates one) and an empty ring list (every ring)", () => {
    expect(webhookInput({ ...EMPTY_WEBHOOK, url: " https://h.example.com " })).toEqual({ url: "https://h.example.com", format: "json", minSeverity: "info" });
    expect(webhookInput({ ...EMPTY_WEBHOOK, url: "u", format: "pagerduty", secret: " KEY ", rings: "canary, ,early" })).toEqual({
      url: "u",
      format: "pagerduty",
      minSeverity: "info",
      secret: "KEY",
      rings: ["canary", "early"],
    });
  });

  it("shows disabled before failing, and failing with its count", () => {
    expect(webhookHealth(webhook)).toEqual({ label: "healthy", tone: "success" });
    expect(webhookHealth({ ...webhook, failing: true, consecutiveFailures: 7 })).toEqual({ label: "failing (7 in a row)", tone: "danger" });
    expect(webhookHealth({ ...webhook, failing: true, enabled: false }).label).toBe("disabled");
    expect(filterSummary({ ...webhook, rings: ["canary"] })).toBe("warning+ · canary · all events");
  });
});
