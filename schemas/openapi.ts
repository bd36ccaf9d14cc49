import { z } from "zod";
import { createApiKeySchema, apiKeySchema, createdApiKeySchema } from "./apiKeys";
import { deviceDetailSchema, deviceListQuerySchema, deviceSchema, deviceSummarySchema } from "./devices";
import { errorResponseSchema } from "./errors";
import { eventSchema, ingestResponseSchema, MAX_EVENTS_PER_BATCH } from "./events";
import { pageSchema } from "./pagination";
import { createUserSchema, updateUserSchema, userSchema } from "./users";

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

const ringSchema = z.object({ id: z.string(), name: z.string(), order: z.number(), percent: z.number() });

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
  { method: "get", path: "/api/v1/rings", access: "read", summary: "Rings in rollout order.", response: { status: 200, schema: pageSchema(ringSchema) } },
  { method: "get", path: "/api/v1/users", access: "admin", summary: "Users of the web app.", response: { status: 200, schema: pageSchema(userSchema) } },
  { method: "post", path: "/api/v1/users", access: "admin", summary: "Create a user.", body: createUserSchema, response: { status: 201, schema: userSchema } },
  { method: "patch", path: "/api/v1/users/{id}", access: "admin", summary: "Change a user's role, name, password, or disable them.", body: updateUserSchema, response: { status: 200, schema: userSchema } },
  { method: "get", path: "/api/v1/api-keys", access: "admin", summary: "API keys (secrets are never shown again).", response: { status: 200, schema: pageSchema(apiKeySchema) } },
  { method: "post", path: "/api/v1/api-keys", access: "admin", summary: "Create an API key; the response holds its secret, once.", body: createApiKeySchema, response: { status: 201, schema: createdApiKeySchema } },
  { method: "delete", path: "/api/v1/api-keys/{id}", access: "admin", summary: "Revoke an API key.", response: { status: 200, schema: apiKeySchema } },
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
