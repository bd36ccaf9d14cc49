import { z } from "zod";
import { DEPLOYMENT_ACTIONS, DEPLOYMENT_STATUSES, STAGE_STATUSES } from "../core/rollouts/deployment";

const name = z.string().trim().min(1).max(64).regex(/^[a-z0-9][a-z0-9_-]*$/, "lower-case letters, digits, - and _");

export const ringSchema = z.object({
  id: z.string(),
  name: z.string(),
  order: z.number().int(),
  percent: z.number().nullable().describe("share of unpinned devices hashed into this ring; null: only pinned devices"),
});
export type RingView = z.infer<typeof ringSchema>;
export const createRingSchema = z.object({ name, order: z.number().int().min(0).max(1000), percent: z.number().min(0).max(100).nullable().optional() });
export const updateRingSchema = z
  .object({ name: name.optional(), order: z.number().int().min(0).max(1000).optional(), percent: z.number().min(0).max(100).nullable().optional() })
  .refine((v) => Object.keys(v).length > 0, "change at least one field");

export const updateRingsSchema = z.object({
  rings: z.array(z.object({ id: z.uuid(), name: name.optional(), order: z.number().int().min(0).max(1000).optional(), percent: z.number().min(0).max(100).nullable().optional() })).min(1).max(50),
});

export const releaseSchema = z.object({
  id: z.string(),
  component: z.string(),
  version: z.string(),
  notes: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type ReleaseView = z.infer<typeof releaseSchema>;
export const createReleaseSchema = z.object({
  component: z.string().trim().min(1).max(64),
  version: z.string().trim().min(1).max(128),
  notes: z.string().max(4000).optional(),
});

export const stageSchema = z.object({
  ring: z.string(),
  status: z.enum(STAGE_STATUSES),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  bakeSeconds: z.number().int(),
  bakeRemainingSec: z.number().int(),
  exposedDevices: z.number().int(),
});

export const deploymentSchema = z.object({
  id: z.string(),
  releaseId: z.string(),
  component: z.string(),
  version: z.string(),
  previousVersion: z.string().nullable(),
  status: z.enum(DEPLOYMENT_STATUSES),
  autoPause: z.boolean(),
  pausedReason: z.string().nullable().optional(),
  stages: z.array(stageSchema),
  allowedActions: z.array(z.enum(DEPLOYMENT_ACTIONS)),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DeploymentView = z.infer<typeof deploymentSchema>;

export const createDeploymentSchema = z.object({
  releaseId: z.uuid(),
  stages: z.array(z.object({ ring: z.string().min(1).max(64), bakeSeconds: z.number().int().min(0).max(30 * 24 * 3600) })).min(1).max(20),
  autoPause: z.boolean().default(true),
});

export const deploymentActionSchema = z.object({
  action: z.enum(DEPLOYMENT_ACTIONS),
  reason: z.string().trim().min(1, "say why: it goes to the audit log").max(2000),
});

export const gateSchema = z.object({
  decision: z.enum(["go", "wait", "no_go"]),
  reasons: z.array(z.string()),
  ring: z.string(),
  evidence: z.record(z.string(), z.unknown()).optional(),
});
export type GateView = z.infer<typeof gateSchema>;

export const manifestQuerySchema = z.object({ deviceId: z.string().min(1).max(128) });

export const manifestSchema = z.object({
  deviceId: z.string(),
  ring: z.string().nullable(),
  versions: z.record(z.string(), z.string()),
});

const proportion = z.object({ rate: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable() });
export const ringHealthSchema = z.object({
  ring: z.string(),
  devices: z.number().int(),
  online: z.number().int(),
  silent: z.number().int(),
  crashed: z.number().int(),
  bootLooping: z.number().int(),
  crashFreeRate: z.number().nullable().describe("share of devices without a kernel/agent crash in the last 24 h"),
  crashFreeInterval: proportion.describe("95% Wilson interval of crashFreeRate"),
  versions: z.record(z.string(), z.record(z.string(), z.number().int())),
  openAnomalies: z.number().int(),
});
export type RingHealth = z.infer<typeof ringHealthSchema>;
