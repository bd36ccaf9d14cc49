import { z } from "zod";
import { deviceDetailSchema, deviceListQuerySchema, deviceSchema, deviceSummarySchema } from "../devices";
import { ingestBatchSchema, ingestRequestSchema, ingestResponseSchema, MAX_BATCH_BYTES, MAX_EVENTS_PER_BATCH } from "../events";
import { countedPageSchema } from "../pagination";
import { manifestQuerySchema, manifestSchema } from "../rollouts";
import { csvDownloadOf, endpoint } from "./endpoint";

/** What agents call (ingest, manifest) and what people read about devices. */
export const FLEET_ENDPOINTS = {
  ingest: endpoint({
    method: "POST",
    path: "/api/v1/ingest",
    permission: "events:write",
    summary: `Send up to ${MAX_EVENTS_PER_BATCH} events (5 MiB after decompression, gzip accepted). Valid events are stored even when others are rejected; 202 means committed.`,
    // The envelope is checked here; each event on its own by the service, so one bad event rejects only itself.
    body: ingestBatchSchema.extend({ events: z.array(z.unknown()) }),
    documentedBody: ingestRequestSchema,
    maxBodyBytes: MAX_BATCH_BYTES,
    response: { status: 202, schema: ingestResponseSchema },
    errors: [413, 415],
  }),
  manifest: endpoint({
    method: "GET",
    path: "/api/v1/manifest",
    permission: "manifest:read",
    summary: "The versions the rollout plan targets for this device's ring now. Serving a new version records the device's exposure.",
    query: manifestQuerySchema,
    response: { status: 200, schema: manifestSchema },
    errors: [503],
  }),
  listDevices: endpoint({
    method: "GET",
    path: "/api/v1/devices",
    permission: "fleet:read",
    summary: "Devices with their current state, filtered and cursor-paginated, with how many match the filters.",
    query: deviceListQuerySchema,
    response: { status: 200, schema: countedPageSchema(deviceSchema) },
    downloads: csvDownloadOf("device"),
  }),
  getDevice: endpoint({
    method: "GET",
    path: "/api/v1/devices/{id}",
    permission: "fleet:read",
    summary: "One device with its recent timeline (newest first).",
    response: { status: 200, schema: deviceDetailSchema },
    errors: [404],
  }),
  deviceSummary: endpoint({
    method: "GET",
    path: "/api/v1/devices/summary",
    permission: "fleet:read",
    summary: "Device counts by state and by ring.",
    response: { status: 200, schema: deviceSummarySchema },
  }),
};
