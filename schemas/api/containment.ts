import {
  createHoldSchema,
  holdListSchema,
  holdSchema,
  projectionSchema,
  reachQuerySchema,
  reachSchema,
  recoverySummarySchema,
  releaseHoldSchema,
  repairRecordSchema,
  repairSchema,
} from "../containment";
import { endpoint } from "./endpoint";

/** Containment and recovery: holds, kill-switch reach, blast-radius projection, recovery of affected devices. */
export const CONTAINMENT_ENDPOINTS = {
  listHolds: endpoint({
    method: "GET",
    path: "/api/v1/deployments/{id}/holds",
    permission: "fleet:read",
    summary: "Every hold of a deployment, newest first; released holds stay listed with who released them and why.",
    response: { status: 200, schema: holdListSchema },
    errors: [404],
  }),
  createHold: endpoint({
    method: "POST",
    path: "/api/v1/deployments/{id}/holds",
    permission: "deployments:operate",
    summary:
      "Hold a cohort (dimension=value): the manifest stops offering the release to its devices while the rest of the deployment goes on; with `revert`, held devices already running it are offered the previous version.",
    body: createHoldSchema,
    response: { status: 201, schema: holdSchema },
    errors: [404, 409],
  }),
  releaseHold: endpoint({
    method: "POST",
    path: "/api/v1/deployments/{id}/holds/{holdId}/release",
    permission: "deployments:operate",
    summary: "Release a hold, with a reason: its cohort is offered the release again wherever the deployment has reached.",
    body: releaseHoldSchema,
    response: { status: 200, schema: holdSchema },
    errors: [404, 409],
  }),
  deploymentReach: endpoint({
    method: "GET",
    path: "/api/v1/deployments/{id}/reach",
    permission: "fleet:read",
    summary:
      "How far the latest pause, halt, roll back or hold has reached: of the devices exposed before it, how many fetched a manifest issued after it (or reverted on their own), how fast, and which never did.",
    query: reachQuerySchema,
    response: { status: 200, schema: reachSchema },
    errors: [404],
  }),
  deploymentProjection: endpoint({
    method: "GET",
    path: "/api/v1/deployments/{id}/projection",
    permission: "fleet:read",
    summary: "The next wave's blast radius: the devices it would newly expose, by OS build, model and tags, and any exposure budget it would break.",
    response: { status: 200, schema: projectionSchema },
    errors: [404],
  }),
  anomalyRecovery: endpoint({
    method: "GET",
    path: "/api/v1/anomalies/{id}/recovery",
    permission: "fleet:read",
    summary: "Recovery of every device the anomaly affected (down, in repair, recovered, and how), with MTTR, a burn-down and the slowest sites.",
    response: { status: 200, schema: recoverySummarySchema },
    errors: [404],
  }),
  repairDevice: endpoint({
    method: "POST",
    path: "/api/v1/devices/{id}/repair",
    permission: "deployments:operate",
    summary: "Record repair work on a device: claim it (in_repair), or say it was fixed or reimaged and whether a disk recovery key was needed.",
    body: repairSchema,
    response: { status: 201, schema: repairRecordSchema },
    errors: [404],
  }),
};
