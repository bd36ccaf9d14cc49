import { signWebhook } from "../signing";
import type { FormatInput, OutgoingRequest } from "./index";
import { alertLink } from "./links";

/** Standard Webhooks: `{type, timestamp, data}` signed over `webhook-id.webhook-timestamp.body`. */
export function jsonRequest({ event, messageId, secret, baseUrl, now }: FormatInput): OutgoingRequest {
  const body = JSON.stringify({ type: event.type, timestamp: event.at, data: { ...event.data, url: alertLink(event, baseUrl) } });
  const timestamp = Math.floor(now.getTime() / 1000);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "webhook-id": messageId,
    "webhook-timestamp": String(timestamp),
  };
  if (secret) headers["webhook-signature"] = signWebhook(secret, messageId, timestamp, body);
  return { headers, body };
}
