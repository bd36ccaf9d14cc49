import { z } from "zod";
import { DEPLOYMENT_ACTIONS, DEPLOYMENT_STATUSES } from "../core/rollouts/deployment";
import { listFormatSchema, pageQuerySchema } from "./pagination";

export const ANOMALY_KINDS = ["crash_rate", "boot_loop", "heartbeat_loss"] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];
export const SEVERITIES = ["info", "warning", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];
export const ANOMALY_STATUSES = ["open", "acknowledged", "resolved"] as const;
export type AnomalyStatus = (typeof ANOMALY_STATUSES)[number];
export const ANOMALY_ACTIONS = ["acknowledge", "resolve"] as const;
export type AnomalyAction = (typeof ANOMALY_ACTIONS)[number];

export const suspectSchema = z.object({
  dimension: z.string().describe("os | osVersion | model | tags.<key> | versions.<component>"),
  value: z.string(),
  share: z.number().describe("share of the affected devices that have this value"),
  exposedShare: z.number().describe("share of all exposed devices that have this value"),
  lift: z.number().describe("share / exposedShare: how much the affected concentrate in this value"),
  // Evidence of the separation; optional because anomalies stored before it lack them.
  affectedWith: z.number().int().optional().describe("affected exposed devices with this value"),
  devicesWith: z.number().int().optional().describe("exposed devices with this value"),
  affectedWithout: z.number().int().optional().describe("affected exposed devices without this value"),
  devicesWithout: z.number().int().optional().describe("exposed devices without this value (another value, or the dimension never reported)"),
  pValue: z.number().optional().describe("one-sided Fisher exact test: affected rate with the value vs without it; suspects are ranked by it"),
});
export type Suspect = z.infer<typeof suspectSchema>;

export const evidencePointSchema = z.object({
  at: z.string(),
  exposed: z.number().int(),
  affected: z.number().int(),
  affectedRate: z.number(),
  baselineRate: z.number(),
});
export type EvidencePoint = z.infer<typeof evidencePointSchema>;

export const evidenceSchema = z.object({
  windowStart: z.string().describe("start of the comparison window (the stage's first exposure)"),
  basis: z.string().optional().describe("how the baseline was chosen, in words: the rings not yet offered the release, on which version, same window"),
  exposed: z.number().int().describe("devices in the ring offered the release"),
  affected: z.number().int().describe("of those, devices showing the signal since exposure"),
  affectedRate: z.number(),
  baselineDevices: z.number().int().describe("devices of the rings not yet offered the release, not on its version, alive in the window"),
  baselineAffected: z.number().int(),
  baselineRate: z.number(),
  expectedAffected: z.number().describe("affected devices expected from the baseline, adjusted for the dimension that explains most (site, OS build...)"),
  adjustedFor: z.string().nullable().describe("the dimension used for expectedAffected; null: pooled baseline"),
  relativeRisk: z.number().nullable(),
  pValue: z.number().describe("one-sided exact test of the excess over the baseline (Bonferroni-corrected for subgroups)"),
  subgroup: z
    .object({ dimension: z.string(), value: z.string() })
    .nullable()
    .optional()
    .describe("set when the signal stands out only within one value (e.g. one OS build); the counts above are that subgroup's"),
  firstSignalAt: z.string().nullable().describe("when the first affected device showed the signal"),
  history: z.array(evidencePointSchema).describe("affected vs baseline rate at each detection tick"),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const anomalySchema = z.object({
  id: z.string(),
  kind: z.enum(ANOMALY_KINDS),
  severity: z.enum(SEVERITIES),
  status: z.enum(ANOMALY_STATUSES),
  ring: z.string(),
  component: z.string(),
  version: z.string(),
  deploymentId: z.string(),
  detectedAt: z.string(),
  updatedAt: z.string(),
  lastFiringAt: z.string().describe("last detection tick at which the signal was still present"),
  detectionLagSec: z.number().nullable().describe("detectedAt minus the first affected device's signal"),
  summary: z.string(),
  evidence: evidenceSchema,
  suspects: z.array(suspectSchema),
  note: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  resolvedBy: z.string().nullable().describe('a user or key, or "system" when it healed by itself'),
  resolvedAt: z.string().nullable(),
});
export type AnomalyView = z.infer<typeof anomalySchema>;

export const recoverySchema = z.object({
  affected: z.number().int(),
  recovered: z.number().int().describe("affected devices healthy again"),
  crashed: z.number().int(),
  bootLooping: z.number().int(),
  silent: z.number().int(),
});
export type Recovery = z.infer<typeof recoverySchema>;

export const anomalyDetailSchema = anomalySchema.extend({
  recovery: recoverySchema,
  deployment: z.object({
    id: z.string(),
    status: z.enum(DEPLOYMENT_STATUSES),
    allowedActions: z.array(z.enum(DEPLOYMENT_ACTIONS)),
    pausedReason: z.string().nullable(),
  }),
});
export type AnomalyDetail = z.infer<typeof anomalyDetailSchema>;

const STATUS_LIST = new RegExp(`^(${ANOMALY_STATUSES.join("|")})(,(${ANOMALY_STATUSES.join("|")}))*$`);

export const anomalyListQuerySchema = pageQuerySchema.extend({
  status: z
    .string()
    .regex(STATUS_LIST, `one or more of ${ANOMALY_STATUSES.join(", ")}, comma-separated`)
    .optional()
    .describe("e.g. open, or open,acknowledged for everything not yet resolved"),
  severity: z.enum(SEVERITIES).optional(),
  kind: z.enum(ANOMALY_KINDS).optional(),
  ring: z.string().max(64).optional(),
  deploymentId: z.uuid().optional(),
  q: z
    .string()
    .max(128)
    .optional()
    .describe("search text: every word must appear in the kind (crash rate, boot loop, heartbeat loss), the ring, the component or the version"),
  format: listFormatSchema,
});
export type AnomalyListQuery = z.infer<typeof anomalyListQuerySchema>;

export const anomalyActionSchema = z.object({
  action: z.enum(ANOMALY_ACTIONS),
  note: z.string().trim().max(2000).optional(),
});

/** A device that showed an anomaly's signal, and how it is doing now. */
export const affectedDeviceSchema = z.object({
  deviceId: z.string(),
  anomalyId: z.string(),
  kind: z.enum(ANOMALY_KINDS),
  severity: z.enum(SEVERITIES),
  ring: z.string(),
  hostname: z.string().nullable(),
  os: z.string().nullable(),
  osVersion: z.string().nullable(),
  model: z.string().nullable(),
  state: z.enum(["healthy", "crashed", "boot_loop", "silent"]),
  lastSeenAt: z.string().nullable(),
  affectedAt: z.string(),
  component: z.string(),
  offeredVersion: z.string().describe("the last version of the component this device was offered"),
  reportedVersion: z.string().nullable().describe("the version the device last reported running"),
});
export type AffectedDevice = z.infer<typeof affectedDeviceSchema>;

export const affectedDeviceQuerySchema = pageQuerySchema.extend({
  state: z.enum(["healthy", "crashed", "boot_loop", "silent", "unhealthy"]).optional(),
});

/** The remediation queue: affected devices still unhealthy, across anomalies (CSV with ?format=csv). */
export const remediationQuerySchema = pageQuerySchema.extend({
  ring: z.string().max(64).optional(),
  state: z.enum(["crashed", "boot_loop", "silent"]).optional(),
  anomalyId: z.uuid().optional(),
  format: listFormatSchema,
});

export const detectionStatusSchema = z.object({
  intervalSec: z.number(),
  lastTickAt: z.string().nullable(),
  lastTickDurationMs: z.number().nullable(),
  evaluated: z.number().int().describe("deployment x ring slices evaluated by the last tick"),
  lagSec: z
    .object({ p50: z.number().nullable(), max: z.number().nullable(), samples: z.number().int() })
    .describe("detection lag of anomalies opened in the last 24 h: detectedAt minus first signal"),
});
export type DetectionStatus = z.infer<typeof detectionStatusSchema>;
