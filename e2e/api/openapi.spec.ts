import { expect, test } from "@playwright/test";
import { call } from "../support/api";

type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }>>;
};

test("serves an OpenAPI 3.1 document generated from the request schemas", async () => {
  const answer = await call<OpenApi>("GET", "/api/v1/openapi.json", { key: null });
  expect(answer.status).toBe(200);
  expect(answer.body.openapi).toBe("3.1.0");
  for (const [path, method] of [
    ["/api/v1/ingest", "post"],
    ["/api/v1/devices", "get"],
    ["/api/v1/devices/{id}", "get"],
    ["/api/v1/alerts", "get"],
    ["/api/health", "get"],
  ]) {
    expect(answer.body.paths[path]?.[method], `${method} ${path}`).toBeTruthy();
  }
  const ingestBody = answer.body.paths["/api/v1/ingest"].post.requestBody?.content["application/json"].schema;
  expect(JSON.stringify(ingestBody)).toContain("previousShutdown");
  expect(JSON.stringify(ingestBody)).toContain("intervalSec");
});
