import { alertmanagerStatusSchema } from "../alertmanager";
import { apiKeySchema, createApiKeySchema, createdApiKeySchema } from "../apiKeys";
import { pageSchema } from "../pagination";
import { createUserSchema, updateUserSchema, userSchema } from "../users";
import {
  createdWebhookSchema, createWebhookSchema, deliveryAttemptSchema, deliveryQuerySchema, redeliverySchema, testDeliverySchema,
  updateWebhookSchema, webhookSchema,
} from "../webhooks";
import { endpoint } from "./endpoint";

/** Administration: users, API keys, alert webhooks, the Alertmanager push. */
export const SETTINGS_ENDPOINTS = {
  listUsers: endpoint({
    method: "GET", path: "/api/v1/users", permission: "settings:manage",
    summary: "Users of the web app.",
    response: { status: 200, schema: pageSchema(userSchema) },
  }),
  createUser: endpoint({
    method: "POST", path: "/api/v1/users", permission: "settings:manage",
    summary: "Create a user.",
    body: createUserSchema,
    response: { status: 201, schema: userSchema },
    errors: [409],
  }),
  updateUser: endpoint({
    method: "PATCH", path: "/api/v1/users/{id}", permission: "settings:manage",
    summary: "Change a user's role, name, password, or disable them.",
    body: updateUserSchema,
    response: { status: 200, schema: userSchema },
    errors: [404, 409],
  }),
  listApiKeys: endpoint({
    method: "GET", path: "/api/v1/api-keys", permission: "settings:manage",
    summary: "API keys (secrets are never shown again).",
    response: { status: 200, schema: pageSchema(apiKeySchema) },
  }),
  createApiKey: endpoint({
    method: "POST", path: "/api/v1/api-keys", permission: "settings:manage",
    summary: "Create an API key; the response holds its secret, once.",
    body: createApiKeySchema,
    response: { status: 201, schema: createdApiKeySchema },
  }),
  revokeApiKey: endpoint({
    method: "DELETE", path: "/api/v1/api-keys/{id}", permission: "settings:manage",
    summary: "Revoke an API key.",
    response: { status: 200, schema: apiKeySchema },
    errors: [404],
  }),
  listWebhooks: endpoint({
    method: "GET", path: "/api/v1/webhooks", permission: "settings:manage",
    summary: "Alert webhooks with their filters and health (secrets are never shown again).",
    response: { status: 200, schema: pageSchema(webhookSchema) },
  }),
  createWebhook: endpoint({
    method: "POST", path: "/api/v1/webhooks", permission: "settings:manage",
    summary: "Create an alert webhook (json = Standard Webhooks, slack, pagerduty, teams). The response holds its secret, once. URLs that resolve to private, loopback or metadata addresses are refused unless listed in RINGWATCH_WEBHOOK_ALLOW_HOSTS.",
    body: createWebhookSchema,
    response: { status: 201, schema: createdWebhookSchema },
  }),
  getWebhook: endpoint({
    method: "GET", path: "/api/v1/webhooks/{id}", permission: "settings:manage",
    summary: "One webhook.",
    response: { status: 200, schema: webhookSchema },
    errors: [404],
  }),
  updateWebhook: endpoint({
    method: "PATCH", path: "/api/v1/webhooks/{id}", permission: "settings:manage",
    summary: "Change a webhook's URL, filters or enabled flag; applies to alerts raised from now on.",
    body: updateWebhookSchema,
    response: { status: 200, schema: webhookSchema },
    errors: [404],
  }),
  deleteWebhook: endpoint({
    method: "DELETE", path: "/api/v1/webhooks/{id}", permission: "settings:manage",
    summary: "Delete a webhook and its queued deliveries.",
    response: { status: 200, schema: webhookSchema },
    errors: [404],
  }),
  testWebhook: endpoint({
    method: "POST", path: "/api/v1/webhooks/{id}/test", permission: "settings:manage",
    summary: "Send a `webhook.test` alert now and report the receiver's answer.",
    response: { status: 200, schema: testDeliverySchema },
    errors: [404],
  }),
  listDeliveries: endpoint({
    method: "GET", path: "/api/v1/webhooks/{id}/deliveries", permission: "settings:manage",
    summary: "The webhook's delivery attempts, newest first: status code, latency, start of the answer.",
    query: deliveryQuerySchema,
    response: { status: 200, schema: pageSchema(deliveryAttemptSchema) },
    errors: [404],
  }),
  redeliver: endpoint({
    method: "POST", path: "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", permission: "settings:manage",
    summary: "Queue a delivery again with the same webhook-id.",
    response: { status: 202, schema: redeliverySchema },
    errors: [404],
  }),
  alertmanagerStatus: endpoint({
    method: "GET", path: "/api/v1/alertmanager", permission: "settings:manage",
    summary: "The Alertmanager push (RINGWATCH_ALERTMANAGER_URLS): settings and each target's last attempt, success and error.",
    response: { status: 200, schema: alertmanagerStatusSchema },
  }),
};
