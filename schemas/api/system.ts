import { z } from "zod";
import { meSchema } from "../access";
import { endpoint } from "./endpoint";

/** Who am I, the scrape target, and the two public endpoints. */
export const SYSTEM_ENDPOINTS = {
  me: endpoint({
    method: "GET",
    path: "/api/v1/me",
    permission: "fleet:read",
    summary: "Who the credentials name (user or API key) and the permissions they hold.",
    response: { status: 200, schema: meSchema },
  }),
  metrics: endpoint({
    method: "GET",
    path: "/metrics",
    permission: "fleet:read",
    summary: "Prometheus scrape target (text exposition format); scrape with a `read` API key as bearer token.",
    response: { status: 200, schema: z.string(), contentType: "text/plain; version=0.0.4" },
  }),
  health: endpoint({
    method: "GET",
    path: "/api/health",
    permission: null,
    summary: "200 once migrations are applied and the database answers; no credentials.",
    response: { status: 200, schema: z.object({ status: z.literal("ok") }) },
    errors: [503],
  }),
  openApi: endpoint({
    method: "GET",
    path: "/api/v1/openapi.json",
    permission: null,
    summary: "This document. Public, like most API descriptions: it documents the surface and exposes no data.",
    response: { status: 200, schema: z.record(z.string(), z.unknown()) },
  }),
};
