import { z } from "zod";
import {
  affectedDeviceQuerySchema, affectedDeviceSchema, anomalyActionSchema, anomalyDetailSchema, anomalyListQuerySchema, anomalySchema,
  detectionStatusSchema, remediationQuerySchema,
} from "./anomalies";
import { alertmanagerStatusSchema } from "./alertmanager";
import { auditEntrySchema, auditQuerySchema } from "./audit";
import { alertListQuerySchema, alertSchema } from "./alerts";
import { createApiKeySchema, apiKeySchema, createdApiKeySchema } from "./apiKeys";
import { deviceDetailSchema, deviceListQuerySchema, deviceSchema, deviceSummarySchema } from "./devices";
import { errorResponseSchema } from "./errors";
import { eventSchema, ingestResponseSchema, MAX_EVENTS_PER_BATCH } from "./events";
import { pageQuerySchema, pageSchema } from "./pagination";
import {
  createDeploymentSchema, createReleaseSchema, createRingSchema, deploymentActionSchema, deploymentSchema,
  gateSchema, manifestSchema, releaseSchema, ringHealthSchema, ringSchema, updateRingSchema, updateRingsSchema,
} from "./rollouts";
import { createUserSchema, updateUserSchema, userSchema } from "./users";
import {
  createdWebhookSchema, createWebhookSchema, deliveryAttemptSchema, deliveryQuerySchema, redeliverySchema, testDeliverySchema, updateWebhookSchema,
  webhookSchema,
} from "./webhooks";

/** One documented operation: the same zod schemas validate the request and describe it here. */
interface Operation {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  /** Scope (API keys) or role (users) that may call it. */
  access: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: { status: number; schema: z.ZodType };
}

export const OPERATIONS: Operation[] = [
  {
    method: "post", path: "/api/v1/ingest", access: "ingest",
    summary: `Send up to ${MAX_EVENTS_PER_BATCH} events (5 MiB after decompression, gzip accepted). Valid events are stored even when others are rejected; 202 means committed.`,
    body: z.object({ events: z.array(eventSchema).max(MAX_EVENTS_PER_BATCH) }),
    response: { status: 202, schema: ingestResponseSchema },
  },
  { method: "get", path: "/api/v1/devices", access: "read", summary: "Devices with their current state, filtered and cursor-paginated.", query: deviceListQuerySchema, response: { status: 200, schema: pageSchema(deviceSchema) } },
  { method: "get", path: "/api/v1/devices/{id}", access: "read", summary: "One device with its recent timeline (newest first).", response: { status: 200, schema: deviceDetailSchema } },
  { method: "get", path: "/api/v1/devices/summary", access: "read", summary: "Device counts by state and by ring.", response: { status: 200, schema: deviceSummarySchema } },
  { method: "get", path: "/api/v1/manifest", access: "ingest", summary: "The versions the rollout plan targets for this device's ring now. Serving a new version records the device's exposure.", query: z.object({ deviceId: z.string() }), response: { status: 200, schema: manifestSchema } },
  { method: "get", path: "/api/v1/rings", access: "read", summary: "Rings in rollout order.", response: { status: 200, schema: pageSchema(ringSchema) } },
  { method: "post", path: "/api/v1/rings", access: "admin", summary: "Create a ring; percentages of rings that have one must sum to 100.", body: createRingSchema, response: { status: 201, schema: ringSchema } },
  { method: "patch", path: "/api/v1/rings", access: "admin", summary: "Change several rings at once (rebalancing percentages); the result must still sum to 100.", body: updateRingsSchema, response: { status: 200, schema: pageSchema(ringSchema) } },
  { method: "patch", path: "/api/v1/rings/{id}", access: "admin", summary: "Change a ring's name, order or percent (consistent hashing moves as few devices as possible).", body: updateRingSchema, response: { status: 200, schema: ringSchema } },
  { method: "get", path: "/api/v1/rings/health", access: "read", summary: "Per ring: devices by state, crash-free rate (24 h) with its 95% interval, versions in use, open anomalies.", response: { status: 200, schema: pageSchema(ringHealthSchema) } },
  { method: "get", path: "/api/v1/releases", access: "read", summary: "Releases, newest first.", query: pageQuerySchema, response: { status: 200, schema: pageSchema(releaseSchema) } },
  { method: "post", path: "/api/v1/releases", access: "operate", summary: "Register a release (component and version).", body: createReleaseSchema, response: { status: 201, schema: releaseSchema } },
  { method: "get", path: "/api/v1/deployments", access: "read", summary: "Deployments, newest first.", query: pageQuerySchema.extend({ status: z.string().optional() }), response: { status: 200, schema: pageSchema(deploymentSchema) } },
  { method: "post", path: "/api/v1/deployments", access: "operate", summary: "Start a rollout: the first stage bakes at once; later stages are promoted when their gate says go.", body: createDeploymentSchema, response: { status: 201, schema: deploymentSchema } },
  { method: "get", path: "/api/v1/deployments/{id}", access: "read", summary: "One deployment with its stages and exposure counts.", response: { status: 200, schema: deploymentSchema } },
  { method: "post", path: "/api/v1/deployments/{id}/actions", access: "operate", summary: "Pause, resume, halt, roll back or promote, with a reason for the audit log. Illegal transitions answer 409.", body: deploymentActionSchema, response: { status: 200, schema: deploymentSchema } },
  { method: "get", path: "/api/v1/deployments/{id}/gate", access: "read", summary: "go | wait | no_go for one ring, with reasons, for rollout systems outside Ringwatch.", query: z.object({ ring: z.string() }), response: { status: 200, schema: gateSchema } },
  { method: "get", path: "/api/v1/anomalies", access: "read", summary: "Anomalies (crash_rate, boot_loop, heartbeat_loss) per deployment and ring, newest first, with evidence and suspects.", query: anomalyListQuerySchema, response: { status: 200, schema: pageSchema(anomalySchema) } },
  { method: "get", path: "/api/v1/anomalies/{id}", access: "read", summary: "One anomaly with its evidence history, recovery counts and its deployment's allowed actions.", response: { status: 200, schema: anomalyDetailSchema } },
  { method: "post", path: "/api/v1/anomalies/{id}/actions", access: "operate (users: analyst and up)", summary: "Acknowledge or resolve an anomaly with an optional note. Illegal transitions answer 409.", body: anomalyActionSchema, response: { status: 200, schema: anomalySchema } },
  { method: "get", path: "/api/v1/anomalies/{id}/devices", access: "read", summary: "Devices that showed the anomaly, with their state now and the version they were offered and run.", query: affectedDeviceQuerySchema, response: { status: 200, schema: pageSchema(affectedDeviceSchema) } },
  { method: "get", path: "/api/v1/remediation", access: "read", summary: "Devices touched by an anomaly in the last 30 days that are still not healthy; `format=csv` downloads them all.", query: remediationQuerySchema, response: { status: 200, schema: pageSchema(affectedDeviceSchema) } },
  { method: "get", path: "/api/v1/alerts", access: "read", summary: "Recent alerts (anomaly and deployment events, not webhook tests), newest first, with how many matching webhooks each was delivered to, is queued or retrying for, or gave up on. Page with `before` = the previous page's nextCursor.", query: alertListQuerySchema, response: { status: 200, schema: pageSchema(alertSchema) } },
  { method: "get", path: "/api/v1/detection/status", access: "read", summary: "Detection tick interval, last tick and detection lag.", response: { status: 200, schema: detectionStatusSchema } },
  { method: "get", path: "/api/v1/audit", access: "read", summary: "Audit log of every change (who, what, when, why), newest first, filtered by actor, action (exact or `type.` prefix) and target; `format=csv` downloads every matching entry.", query: auditQuerySchema, response: { status: 200, schema: pageSchema(auditEntrySchema) } },
  { method: "get", path: "/api/v1/users", access: "admin", summary: "Users of the web app.", response: { status: 200, schema: pageSchema(userSchema) } },
  { method: "post", path: "/api/v1/users", access: "admin", summary: "Create a user.", body: createUserSchema, response: { status: 201, schema: userSchema } },
  { method: "patch", path: "/api/v1/users/{id}", access: "admin", summary: "Change a user's role, name, password, or disable them.", body: updateUserSchema, response: { status: 200, schema: userSchema } },
  { method: "get", path: "/api/v1/api-keys", access: "admin", summary: "API keys (secrets are never shown again).", response: { status: 200, schema: pageSchema(apiKeySchema) } },
  { method: "post", path: "/api/v1/api-keys", access: "admin", summary: "Create an API key; the response holds its secret, once.", body: createApiKeySchema, response: { status: 201, schema: createdApiKeySchema } },
  { method: "delete", path: "/api/v1/api-keys/{id}", access: "admin", summary: "Revoke an API key.", response: { status: 200, schema: apiKeySchema } },
  { method: "get", path: "/api/v1/webhooks", access: "admin", summary: "Alert webhooks with their filters and health (secrets are never shown again).", response: { status: 200, schema: pageSchema(webhookSchema) } },
  { method: "post", path: "/api/v1/webhooks", access: "admin", summary: "Create an alert webhook (json = Standard Webhooks, slack, pagerduty, teams). The response holds its secret, once. URLs that resolve to private, loopback or metadata addresses are refused unless listed in RINGWATCH_WEBHOOK_ALLOW_HOSTS.", body: createWebhookSchema, response: { status: 201, schema: createdWebhookSchema } },
  { method: "get", path: "/api/v1/webhooks/{id}", access: "admin", summary: "One webhook.", response: { status: 200, schema: webhookSchema } },
  { method: "patch", path: "/api/v1/webhooks/{id}", access: "admin", summary: "Change a webhook's URL, filters or enabled flag; applies to alerts raised from now on.", body: updateWebhookSchema, response: { status: 200, schema: webhookSchema } },
  { method: "delete", path: "/api/v1/webhooks/{id}", access: "admin", summary: "Delete a webhook and its queued deliveries.", response: { status: 200, schema: webhookSchema } },
  { method: "post", path: "/api/v1/webhooks/{id}/test", access: "admin", summary: "Send a `webhook.test` alert now and report the receiver's answer.", response: { status: 200, schema: testDeliverySchema } },
  { method: "get", path: "/api/v1/webhooks/{id}/deliveries", access: "admin", summary: "The webhook's delivery attempts, newest first: status code, latency, start of the answer.", query: deliveryQuerySchema, response: { status: 200, schema: pageSchema(deliveryAttemptSchema) } },
  { method: "post", path: "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", access: "admin", summary: "Queue a delivery again with the same webhook-id.", response: { status: 202, schema: redeliverySchema } },
  { method: "get", path: "/api/v1/alertmanager", access: "admin", summary: "The Alertmanager push (RINGWATCH_ALERTMANAGER_URLS): settings and each target's last attempt, success and error.", response: { status: 200, schema: alertmanagerStatusSchema } },
];

const ERROR_STATUSES: Record<string, string> = {
  "400": "Invalid input; details name the JSON path of each problem.",
  "401": "No or bad credentials.",
  "403": "The credentials lack the scope or role.",
  "404": "Not found.",
  "409": "Conflict (e.g. an illegal state transition).",
  "413": "Body too large.",
  "415": "Wrong content type.",
  "429": "Too many requests; see Retry-After.",
};

const json = (schema: z.ZodType) => ({ "application/json": { schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) } });

function queryParameters(query: z.ZodObject | undefined) {
  if (!query) return [];
  return Object.entries(query.shape).map(([name, schema]) => ({
    name, in: "query", required: false, schema: z.toJSONSchema(schema as z.ZodType, { io: "input", unrepresentable: "any" }),
  }));
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }));
}

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const errors = Object.fromEntries(Object.entries(ERROR_STATUSES).map(([status, description]) => [status, { description, content: json(errorResponseSchema) }]));
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      summary: op.summary,
      description: `Requires scope/role: ${op.access}.`,
      security: [{ apiKey: [] }, { session: [] }],
      parameters: [...pathParameters(op.path), ...queryParameters(op.query)],
      ...(op.body ? { requestBody: { required: true, content: json(op.body) } } : {}),
      responses: { [String(op.response.status)]: { description: "Success", content: json(op.response.schema) }, ...errors },
    };
  }
  paths["/api/health"] = { get: { summary: "200 once migrations are applied and the database answers; no credentials.", security: [], responses: { "200": { description: "ok" } } } };
  return {
    openapi: "3.1.0",
    info: { title: "Ringwatch API", version: "1", description: "Safe ring-by-ring rollouts for endpoint fleets." },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "API key with scopes ingest | read | operate | admin" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
    paths,
  };
}
