import type { AlertEvent } from "../../../core/alerts/events";
import type { WebhookFormat } from "../../../schemas/webhooks";
import { jsonRequest } from "./json";
import { pagerDutyRequest } from "./pagerduty";
import { slackRequest } from "./slack";
import { teamsRequest } from "./teams";

/** What one attempt sends: the body is fixed per message; json signs it per attempt with the attempt's time. */
export interface OutgoingRequest {
  headers: Record<string, string>;
  body: string;
}

export interface FormatInput {
  event: AlertEvent;
  messageId: string;
  secret: string | null;
  baseUrl: string;
  now: Date;
}

const FORMATS: Record<WebhookFormat, (input: FormatInput) => OutgoingRequest> = {
  json: jsonRequest,
  slack: slackRequest,
  pagerduty: pagerDutyRequest,
  teams: teamsRequest,
};

export function renderAlert(format: WebhookFormat, input: FormatInput): OutgoingRequest {
  return FORMATS[format](input);
}
