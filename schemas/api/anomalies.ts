import {
  affectedDeviceQuerySchema,
  affectedDeviceSchema,
  anomalyActionSchema,
  anomalyDetailSchema,
  anomalyListQuerySchema,
  anomalySchema,
  detectionStatusSchema,
  remediationQuerySchema,
} from "../anomalies";
import { alertListQuerySchema, alertPageSchema, alertReadStateSchema, markAlertsReadSchema } from "../alerts";
import { pageSchema } from "../pagination";
import { endpoint } from "./endpoint";

/** What detection found, who it touched, and the alerts it raised. */
export const ANOMALY_ENDPOINTS = {
  listAnomalies: endpoint({
    method: "GET",
    path: "/api/v1/anomalies",
    permission: "fleet:read",
    summary: "Anomalies (crash_rate, boot_loop, heartbeat_loss) per deployment and ring, newest first, with evidence and suspects.",
    query: anomalyListQuerySchema,
    response: { status: 200, schema: pageSchema(anomalySchema) },
  }),
  getAnomaly: endpoint({
    method: "GET",
    path: "/api/v1/anomalies/{id}",
    permission: "fleet:read",
    summary: "One anomaly with its evidence history, recovery counts and its deployment's allowed actions.",
    response: { status: 200, schema: anomalyDetailSchema },
    errors: [404],
  }),
  actOnAnomaly: endpoint({
    method: "POST",
    path: "/api/v1/anomalies/{id}/actions",
    permission: "anomalies:acknowledge",
    summary:
      "Acknowledge (analysts and up) or resolve (`anomalies:resolve`: operators, admins, operate keys) an anomaly with an optional note. Illegal transitions answer 409.",
    body: anomalyActionSchema,
    response: { status: 200, schema: anomalySchema },
    errors: [404, 409],
  }),
  anomalyDevices: endpoint({
    method: "GET",
    path: "/api/v1/anomalies/{id}/devices",
    permission: "fleet:read",
    summary: "Devices that showed the anomaly, with their state now and the version they were offered and run.",
    query: affectedDeviceQuerySchema,
    response: { status: 200, schema: pageSchema(affectedDeviceSchema) },
    errors: [404],
  }),
  listRemediation: endpoint({
    method: "GET",
    path: "/api/v1/remediation",
    permission: "fleet:read",
    summary: "Devices touched by an anomaly in the last 30 days that are still not healthy.",
    query: remediationQuerySchema,
    response: { status: 200, schema: pageSchema(affectedDeviceSchema) },
    downloads: { csv: { contentType: "text/csv", description: "`format=csv`: every matching device, as a CSV download." } },
  }),
  listAlerts: endpoint({
    method: "GET",
    path: "/api/v1/alerts",
    permission: "fleet:read",
    summary:
      "Recent alerts (anomaly and deployment events, not webhook tests), newest first, with how many matching webhooks each was delivered to, is queued or retrying for, or gave up on. Page with `before` = the previous page's nextCursor.",
    query: alertListQuerySchema,
    response: { status: 200, schema: alertPageSchema },
  }),
  markAlertsRead: endpoint({
    method: "POST",
    path: "/api/v1/alerts/read",
    permission: "fleet:read",
    // Not audited: it changes what one person has read, nothing anyone else sees.
    summary:
      "Marks alerts read for the signed-in user, on every browser of the account: `upTo` (this alert and all older) or `ids`. API keys have no account to keep read state: 409.",
    body: markAlertsReadSchema,
    response: { status: 200, schema: alertReadStateSchema },
    errors: [409],
  }),
  detectionStatus: endpoint({
    method: "GET",
    path: "/api/v1/detection/status",
    permission: "fleet:read",
    summary: "Detection tick interval, last tick and detection lag.",
    response: { status: 200, schema: detectionStatusSchema },
  }),
};
