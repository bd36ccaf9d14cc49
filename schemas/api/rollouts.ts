import { z } from "zod";
import { pageQuerySchema, pageSchema } from "../pagination";
import {
  auditEntrySchema, auditQuerySchema, createDeploymentSchema, createReleaseSchema, createRingSchema, deploymentActionSchema,
  deploymentListQuerySchema, deploymentSchema, deploymentSeriesSchema, gateQuerySchema, gateSchema, releaseSchema, ringHealthSchema,
  ringSchema, stageHealthSchema, updateRingSchema, updateRingsSchema,
} from "../rollouts";
import { endpoint } from "./endpoint";

/** Rings, releases, deployments and their audit trail. */
export const ROLLOUT_ENDPOINTS = {
  listRings: endpoint({
    method: "GET", path: "/api/v1/rings", permission: "fleet:read",
    summary: "Rings in rollout order.",
    response: { status: 200, schema: pageSchema(ringSchema) },
  }),
  createRing: endpoint({
    method: "POST", path: "/api/v1/rings", permission: "settings:manage",
    summary: "Create a ring; percentages of rings that have one must sum to 100.",
    body: createRingSchema,
    response: { status: 201, schema: ringSchema },
    errors: [409],
  }),
  updateRings: endpoint({
    method: "PATCH", path: "/api/v1/rings", permission: "settings:manage",
    summary: "Change several rings at once (rebalancing percentages); the result must still sum to 100.",
    body: updateRingsSchema,
    response: { status: 200, schema: pageSchema(ringSchema) },
    errors: [404, 409],
  }),
  updateRing: endpoint({
    method: "PATCH", path: "/api/v1/rings/{id}", permission: "settings:manage",
    summary: "Change a ring's name, order or percent (consistent hashing moves as few devices as possible).",
    body: updateRingSchema,
    response: { status: 200, schema: ringSchema },
    errors: [404, 409],
  }),
  ringHealth: endpoint({
    method: "GET", path: "/api/v1/rings/health", permission: "fleet:read",
    summary: "Per ring: devices by state, crash-free rate (24 h) with its 95% interval, versions in use, open anomalies. Device counts come from a snapshot at most a few seconds old (`asOf`).",
    response: { status: 200, schema: pageSchema(ringHealthSchema).extend({ asOf: z.string().describe("ISO time of the device-count snapshot") }) },
  }),
  listReleases: endpoint({
    method: "GET", path: "/api/v1/releases", permission: "fleet:read",
    summary: "Releases, newest first.",
    query: pageQuerySchema,
    response: { status: 200, schema: pageSchema(releaseSchema) },
  }),
  createRelease: endpoint({
    method: "POST", path: "/api/v1/releases", permission: "deployments:operate",
    summary: "Register a release (component and version).",
    body: createReleaseSchema,
    response: { status: 201, schema: releaseSchema },
    errors: [409],
  }),
  listDeployments: endpoint({
    method: "GET", path: "/api/v1/deployments", permission: "fleet:read",
    summary: "Deployments, newest first; `status=live` for those still holding a ring (active, paused, halted).",
    query: deploymentListQuerySchema,
    response: { status: 200, schema: pageSchema(deploymentSchema) },
  }),
  createDeployment: endpoint({
    method: "POST", path: "/api/v1/deployments", permission: "deployments:operate",
    summary: "Start a rollout: the first stage bakes at once; later stages are promoted when their gate says go.",
    body: createDeploymentSchema,
    response: { status: 201, schema: deploymentSchema },
    errors: [404, 409],
  }),
  getDeployment: endpoint({
    method: "GET", path: "/api/v1/deployments/{id}", permission: "fleet:read",
    summary: "One deployment with its stages and exposure counts.",
    response: { status: 200, schema: deploymentSchema },
    errors: [404],
  }),
  actOnDeployment: endpoint({
    method: "POST", path: "/api/v1/deployments/{id}/actions", permission: "deployments:operate",
    summary: "Pause, resume, halt, roll back or promote, with a reason for the audit log. Illegal transitions answer 409.",
    body: deploymentActionSchema,
    response: { status: 200, schema: deploymentSchema },
    errors: [404, 409],
  }),
  deploymentGate: endpoint({
    method: "GET", path: "/api/v1/deployments/{id}/gate", permission: "fleet:read",
    summary: "go | wait | no_go for one ring, with reasons, for rollout systems outside Ringwatch.",
    query: gateQuerySchema,
    response: { status: 200, schema: gateSchema },
    errors: [404],
  }),
  deploymentHealth: endpoint({
    method: "GET", path: "/api/v1/deployments/{id}/health", permission: "fleet:read",
    summary: "Per stage ring: the release's devices (exposed, reporting, crashed, boot-looping, silent) against the fair baseline, with crash-free intervals and the verdict colours follow.",
    response: { status: 200, schema: pageSchema(stageHealthSchema) },
    errors: [404],
  }),
  deploymentSeries: endpoint({
    method: "GET", path: "/api/v1/deployments/{id}/series", permission: "fleet:read",
    summary: "Exposure per ring and crash rate of the release against the fair baseline over time, in buckets of `bucketSec`.",
    response: { status: 200, schema: deploymentSeriesSchema },
    errors: [404],
  }),
  listAudit: endpoint({
    method: "GET", path: "/api/v1/audit", permission: "fleet:read",
    summary: "Audit log, newest first.",
    query: auditQuerySchema,
    response: { status: 200, schema: pageSchema(auditEntrySchema) },
  }),
};
