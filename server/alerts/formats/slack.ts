import type { FormatInput, OutgoingRequest } from "./index";
import { alertFacts, alertLink, alertTitle } from "./links";

const SEVERITY_EMOJI = { critical: ":red_circle:", warning: ":large_orange_circle:", info: ":large_blue_circle:" } as const;

/** A Slack incoming-webhook message in Block Kit, with `text` as the notification fallback. */
export function slackRequest({ event, baseUrl }: FormatInput): OutgoingRequest {
  const title = `${SEVERITY_EMOJI[event.severity]} ${alertTitle(event)}`;
  const link = alertLink(event, baseUrl);
  const blocks = [
    { type: "header", text: { type: "plain_text", text: title.slice(0, 150), emoji: true } },
    { type: "section", fields: alertFacts(event).map((f) => ({ type: "mrkdwn", text: `*${f.label}*\n${escape(f.value)}` })).slice(0, 10) },
    ...("anomaly" in event.data ? [{ type: "section", text: { type: "mrkdwn", text: escape(event.data.anomaly.summary) } }] : []),
    { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "Open in Ringwatch" }, url: link }] },
  ];
  return { headers: { "content-type": "application/json" }, body: JSON.stringify({ text: `${title} ${link}`, blocks }) };
}

/** Slack mrkdwn treats &, < and > as control characters. */
function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
