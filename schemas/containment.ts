import { z } from "zod";
import { HOLD_DIMENSION_PATTERN } from "../core/rollouts/holds";
import { RECOVERY_METHODS, RECOVERY_STATES, REPAIR_STATUSES } from "../core/recovery/state";
import { STOP_ACTIONS } from "../core/rollouts/reach";
import { DEVICE_STATES } from "../core/devices/state";

const reason = z.string().trim().min(1, "say why: it goes to the audit log").max(2000);

export const createHoldSchema = z.object({
  dimension: z
    .string()
    .regex(HOLD_DIMENSION_PATTERN, "one of os, osVersion, model, tags.<name>, versions.<component>")
    .describe("the cohort's dimension, as anomaly suspects name them"),
  value: z.string().min(1).max(256),
  reason,
  revert: z.boolean().default(false).describe("offer held devices already running the release the previous version"),
  anomalyId: z.uuid().optional().describe("the anomaly this hold contains: while the hold stands, that anomaly no longer blocks the gate"),
});

export const releaseHoldSchema = z.object({ reason });

export const holdSchema = z.object({
  id: z.string(),
  deploymentId: z.string(),
  dimension: z.string(),
  value: z.string(),
  reason: z.string(),
  revert: z.boolean(),
  anomalyId: z.string().nullable().describe("the anomaly whose evidence the hold was placed on, when the system placed it"),
  createdAt: z.string(),
  createdBy: z.string(),
  releasedAt: z.string().nullable(),
  releasedBy: z.string().nullable(),
  releaseReason: z.string().nullable(),
  devices: z.number().int().describe("known devices in the cohort"),
  exposedDevices: z.number().int().describe("of those, devices already offered the release"),
});
export type HoldView = z.infer<typeof holdSchema>;
export const holdListSchema = z.object({ items: z.array(holdSchema) });

export const reachQuerySchema = z.object({ stopId: z.uuid().optional().describe("a stop of this deployment; default: the latest") });

export const reachSchema = z.object({
  stopId: z.string(),
  action: z.enum(STOP_ACTIONS),
  actionAt: z.string(),
  hold: z.object({ id: z.string(), dimension: z.string(), value: z.string() }).nullable(),
  exposedBefore: z.number().int(),
  reached: z.number().int().describe("devices that fetched a manifest issued after the action, or reverted on their own"),
  reachedShare: z.number().nullable(),
  secondsTo: z.object({ p50: z.number().nullable(), p90: z.number().nullable(), p99: z.number().nullable() }),
  selfHealed: z.number().int().describe("reached by reverting on their own (update with status rolled_back) before any fetch"),
  unreached: z.array(z.object({ deviceId: z.string(), hostname: z.string().nullable(), lastSeenAt: z.string().nullable(), state: z.enum(DEVICE_STATES) })),
  unreachedTotal: z.number().int(),
  curve: z.array(z.object({ seconds: z.number(), reached: z.number().int() })).describe("devices reached by each number of seconds after the action"),
  stops: z.array(z.object({ id: z.string(), action: z.enum(STOP_ACTIONS), at: z.string() })).describe("every stop of this deployment, newest first"),
});
export type ReachView = z.infer<typeof reachSchema>;

export const repairSchema = z.object({
  status: z.enum(REPAIR_STATUSES).describe("in_repair: someone is on it; fixed or reimaged: the work is done (recovered once healthy heartbeats prove it)"),
  note: z.string().max(2000).optional(),
  recoveryKeyUsed: z.boolean().optional().describe("a disk recovery key was needed to get into the machine"),
});

export const repairRecordSchema = z.object({
  id: z.number().int(),
  deviceId: z.string(),
  status: z.enum(REPAIR_STATUSES),
  note: z.string().nullable(),
  recoveryKeyUsed: z.boolean(),
  actor: z.string(),
  at: z.string(),
});

export const deviceRecoverySchema = z.object({
  deviceId: z.string(),
  hostname: z.string().nullable(),
  site: z.string().nullable(),
  state: z.enum(RECOVERY_STATES),
  method: z.enum(RECOVERY_METHODS).optional(),
  recoveryKeyUsed: z.boolean().optional(),
  since: z.string(),
  affectedAt: z.string(),
  claimedBy: z.string().optional(),
  health: z.enum(DEVICE_STATES),
});

export const recoverySummarySchema = z.object({
  anomalyId: z.string(),
  affected: z.number().int(),
  down: z.number().int(),
  inRepair: z.number().int(),
  recovered: z.number().int(),
  mttrSec: z.number().nullable(),
  recoveryKeysUsed: z.number().int(),
  burndown: z.array(z.object({ at: z.string(), down: z.number().int() })),
  slowestSites: z
    .array(z.object({ site: z.string(), affected: z.number().int(), stillDown: z.number().int(), mttrSec: z.number().nullable() }))
    .describe("sites (tags.site) with the most devices still down"),
  devices: z.array(deviceRecoverySchema),
});
export type RecoveryView = z.infer<typeof recoverySummarySchema>;

export const projectionSchema = z.object({
  ring: z.string().nullable().describe("the ring the next wave is in; null when nothing is left to expose"),
  wave: z.number().int().nullable().describe("the next wave's number in its ring, from 1"),
  percent: z.number().nullable(),
  devices: z.number().int().describe("devices the next wave would newly expose"),
  by: z.record(z.string(), z.record(z.string(), z.number().int())),
  budgetBreaches: z.array(
    z.union([
      z.object({ tag: z.string(), value: z.string(), devices: z.number().int(), max: z.number().int() }),
      z.object({ maxDevices: z.number().int(), devices: z.number().int() }),
    ]),
  ),
  held: z.number().int().describe("devices of the next wave left out by holds"),
});
export type ProjectionView = z.infer<typeof projectionSchema>;
