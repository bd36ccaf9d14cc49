import { z } from "zod";
import { holdersOf } from "./access";
import { ENDPOINTS, paramNamesOf, type EndpointDefinition } from "./api";
import { errorResponseSchema } from "./errors";

/** Statuses every authenticated endpoint can answer, and those an endpoint names in `errors`. */
const ERROR_STATUSES: Record<number, string> = {
  400: "Invalid input; details name the JSON path of each problem.",
  401: "No or bad credentials.",
  403: "The credentials lack the scope or role, or a signed-in browser sent a change from another site.",
  404: "Not found.",
  409: "Conflict (e.g. an illegal state transition).",
  413: "Body too large.",
  415: "Wrong content type or encoding.",
  429: "Too many requests; see Retry-After.",
  503: "Not ready, or the request raced a change; retry after Retry-After.",
};
const EVERY_ENDPOINT = [400, 401, 403, 429] as const;

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
const jsonContent = (schema: z.ZodType) => ({ "application/json": { schema: jsonSchemaOf(schema) } });

function access(endpoint: EndpointDefinition): string {
  if (endpoint.permission === null) return "Public: no credentials.";
  const { scopes, roles } = holdersOf(endpoint.permission);
  return `Requires \`${endpoint.permission}\`: API-key scopes ${scopes.join(", ")}; user roles ${roles.join(", ")}.`;
}

function parameters(endpoint: EndpointDefinition) {
  const path = paramNamesOf(endpoint.path).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  const query = Object.entries(endpoint.query?.shape ?? {}).map(([name, schema]) => {
    const field = schema as z.ZodType;
    return { name, in: "query", required: !field.safeParse(undefined).success, schema: jsonSchemaOf(field) };
  });
  return [...path, ...query];
}

function successContent(endpoint: EndpointDefinition) {
  const { schema, contentType } = endpoint.response;
  const main = contentType ? { [contentType]: { schema: jsonSchemaOf(schema) } } : jsonContent(schema);
  const downloads = Object.values(endpoint.downloads ?? {}).map((download) => [download.contentType, { schema: { type: "string" } }]);
  return { ...main, ...Object.fromEntries(downloads) };
}

function errorResponses(endpoint: EndpointDefinition) {
  const statuses = new Set<number>([...(endpoint.permission === null ? [] : EVERY_ENDPOINT), ...(endpoint.errors ?? [])]);
  if (endpoint.body) [413, 415].forEach((status) => statuses.add(status));
  if (endpoint.permission === null && endpoint.query) statuses.add(400);
  return Object.fromEntries(
    [...statuses].sort().map((status) => [String(status), { description: ERROR_STATUSES[status], content: jsonContent(errorResponseSchema) }]),
  );
}

function operation(endpoint: EndpointDefinition) {
  const body = endpoint.documentedBody ?? endpoint.body;
  const downloads = Object.values(endpoint.downloads ?? {}).map((download) => ` ${download.description}`);
  return {
    summary: endpoint.summary,
    description: `${access(endpoint)}${downloads.join("")}`,
    security: endpoint.permission === null ? [] : [{ apiKey: [] }, { session: [] }],
    parameters: parameters(endpoint),
    ...(body ? { requestBody: { required: true, content: jsonContent(body) } } : {}),
    responses: { [String(endpoint.response.status)]: { description: "Success", content: successContent(endpoint) }, ...errorResponses(endpoint) },
  };
}

/** The OpenAPI 3.1 document of every registry entry (schemas/api), from the same zod schemas the routes validate with. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of ENDPOINTS) {
    paths[endpoint.path] ??= {};
    paths[endpoint.path][endpoint.method.toLowerCase()] = operation(endpoint);
  }
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
