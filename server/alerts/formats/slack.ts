import { escapeSlackMrkdwn } from "./chatEscape";
import type { FormatInput, OutgoingRequest } from "./index";
import { alertFacts, alertLink, alertTitle } from "./links";

const SEVERITY_EMOJI = { critical: ":red_circle:", warning: ":large_orange_circle:", info: ":large_blue_circle:" } as const;
const HEADER_MAX_CHARS = 150;
const MAX_FIELDS = 10;

/** verbatim: Slack would otherwise turn bare URLs and channel names in device text into links. */
const mrkdwn = (text: string) => ({ type: "mrkdwn", text, verbatim: true });

/** A Slack incoming-webhook message in Block Kit, with `text` as the notification fallback. */
export function slackRequest({ event, baseUrl }: FormatInput): OutgoingRequest {
  const emoji = SEVERITY_EMOJI[event.severity];
  const link = alertLink(event, baseUrl);
  const blocks = [
    // plain_text parses no markup, so the header needs no escaping.
    { type: "header", text: { type: "plain_text", text: `${emoji} ${alertTitle(event)}`.slice(0, HEADER_MAX_CHARS), emoji: true } },
    {
      type: "section",
      fields: alertFacts(event)
        .map((f) => mrkdwn(`*${f.label}*\n${escapeSlackMrkdwn(f.value)}`))
        .slice(0, MAX_FIELDS),
    },
    ...("anomaly" in event.data ? [{ type: "section", text: mrkdwn(escapeSlackMrkdwn(event.data.anomaly.summary)) }] : []),
    { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "Open in Ringwatch" }, url: link }] },
  ];
  const text = `${emoji} ${escapeSlackMrkdwn(alertTitle(event))} ${link}`;
  return { headers: { "content-type": "application/json" }, body: JSON.stringify({ text, blocks }) };
}
