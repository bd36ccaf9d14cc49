import { escapeTeamsMarkdown } from "./chatEscape";
import type { FormatInput, OutgoingRequest } from "./index";
import { alertFacts, alertLink, alertTitle } from "./links";

const SEVERITY_COLOR = { critical: "attention", warning: "warning", info: "accent" } as const;

/** A Teams (incoming webhook / Workflows) message carrying one Adaptive Card; TextBlocks and Fact values parse markdown. */
export function teamsRequest({ event, baseUrl }: FormatInput): OutgoingRequest {
  const card = {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.4",
    body: [
      { type: "TextBlock", text: escapeTeamsMarkdown(alertTitle(event)), weight: "Bolder", size: "Medium", wrap: true, color: SEVERITY_COLOR[event.severity] },
      ...("anomaly" in event.data ? [{ type: "TextBlock", text: escapeTeamsMarkdown(event.data.anomaly.summary), wrap: true }] : []),
      { type: "FactSet", facts: alertFacts(event).map((f) => ({ title: f.label, value: escapeTeamsMarkdown(f.value) })) },
    ],
    actions: [{ type: "Action.OpenUrl", title: "Open in Ringwatch", url: alertLink(event, baseUrl) }],
  };
  const body = { type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content: card }] };
  return { headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}
