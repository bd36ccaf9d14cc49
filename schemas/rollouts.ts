import { z } from "zod";
import { DEPLOYMENT_ACTIONS, DEPLOYMENT_STATUSES, STAGE_STATUSES } from "../core/rollouts/deployment";
import { wavesProblem } from "../core/rollouts/waves";
import { pageQuerySchema } from "./pagination";

const name = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, "lower-case letters, digits, - and _");

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
  rings: z
    .array(
      z.object({
        id: z.uuid(),
        name: name.optional(),
        order: z.number().int().min(0).max(1000).optional(),
        percent: z.number().min(0).max(100).nullable().optional(),
      }),
    )
    .min(1)
    .max(50),
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

export const ON_COHORT_ANOMALY = ["pause", "hold"] as const;

export const exposureBudgetSchema = z.union([
  z.strictObject({ tag: z.string().min(1).max(64), max: z.number().int().min(0) }),
  z.strictObject({ maxDevices: z.number().int().min(0) }),
]);

export const waveSchema = z.object({
  percent: z.number(),
  status: z.enum(STAGE_STATUSES),
  startedAt: z.string().nullable(),
  exposedDevices: z.number().int().describe("devices first offered the release during this wave"),
});

export const stageSchema = z.object({
  ring: z.string(),
  status: z.enum(STAGE_STATUSES),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  bakeSeconds: z.number().int(),
  bakeRemainingSec: z.number().int().describe("seconds of bake left; time spent paused or halted does not count"),
  bakePaused: z.boolean().describe("the bake clock stands still: the deployment is paused or halted"),
  exposedDevices: z.number().int(),
  waves: z.array(waveSchema),
});

export const deploymentSchema = z.object({
  id: z.string(),
  releaseId: z.string(),
  component: z.string(),
  version: z.string(),
  previousVersion: z.string().nullable(),
  status: z.enum(DEPLOYMENT_STATUSES),
  autoPause: z.boolean(),
  onCohortAnomaly: z.enum(ON_COHORT_ANOMALY),
  budgets: z.array(exposureBudgetSchema),
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
  stages: z
    .array(
      z.object({
        ring: z.string().min(1).max(64),
        bakeSeconds: z
          .number()
          .int()
          .min(0)
          .max(30 * 24 * 3600),
        waves: z
          .array(z.number())
          .optional()
          .superRefine((waves, ctx) => {
            const problem = waves && wavesProblem(waves);
            if (problem) ctx.addIssue({ code: "custom", message: `waves ${problem}` });
          })
          .describe("cumulative percent of the ring per wave, each baking bakeSeconds, e.g. [10, 50, 100]; default [100]"),
      }),
    )
    .min(1)
    .max(20),
  autoPause: z.boolean().default(true),
  onCohortAnomaly: z
    .enum(ON_COHORT_ANOMALY)
    .default("pause")
    .describe("what a critical anomaly confined to one cohort does: pause the deployment, or hold just that cohort"),
  budgets: z
    .array(exposureBudgetSchema)
    .max(10)
    .default([])
    .describe("per wave: at most `max` newly exposed devices per value of a tag, or `maxDevices` in all"),
});

export const deploymentActionSchema = z.object({
  action: z.enum(DEPLOYMENT_ACTIONS),
  reason: z.string().trim().min(1, "say why: it goes to the audit log").max(2000),
});

/** `status` of the deployment list: one status, or `live` (active, paused or halted: still holding a ring). */
export const DEPLOYMENT_LIST_FILTERS = ["live", ...DEPLOYMENT_STATUSES] as const;
export type DeploymentListFilter = (typeof DEPLOYMENT_LIST_FILTERS)[number];
export const deploymentListQuerySchema = pageQuerySchema.extend({
  status: z.enum(DEPLOYMENT_LIST_FILTERS).optional(),
  q: z.string().max(128).optional().describe("search text: every word must appear in the component, the version or a stage's ring"),
});

export const gateQuerySchema = z.object({ ring: z.string().min(1).max(64) });

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

/** A share in 0..1 with its 95% Wilson interval; null when nothing reported. */
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

/** The server's crash-free verdict (core/rollouts/gate `crashFreeVerdict`): colours follow it. */
export const crashFreeVerdictSchema = z.enum(["worse", "no_clear_difference", "no_baseline", "not_enough_data"]);

/** One stage ring of a deployment: its exposed devices against the fair baseline (the rings not yet reached). */
export const stageHealthSchema = z.object({
  ring: z.string(),
  stageStatus: z.enum(STAGE_STATUSES),
  exposed: z.number().int(),
  reporting: z.number().int(),
  crashed: z.number().int(),
  bootLooping: z.number().int(),
  silent: z.number().int(),
  crashFree: proportion,
  verdict: crashFreeVerdictSchema,
  baseline: z.object({
    version: z.string().nullable(),
    devices: z.number().int(),
    reporting: z.number().int(),
    crashed: z.number().int(),
    crashFree: proportion,
    basis: z.string().describe("which devices the baseline is, in words"),
    usable: z.boolean(),
  }),
});

const crashCountSchema = z.object({ crashed: z.number().int(), of: z.number().int() });
export const seriesPointSchema = z.object({
  t: z.string(),
  exposed: z.record(z.string(), z.number().int()).describe("cumulative devices offered the release, per ring"),
  crashRate: z.object({ candidate: z.number().nullable(), baseline: z.number().nullable() }).describe("share of reporting devices that crashed in the bucket"),
  crashCounts: z
    .object({ candidate: crashCountSchema, baseline: crashCountSchema })
    .describe("the counts behind crashRate: devices that crashed in the bucket, of how many"),
});

export const deploymentSeriesSchema = z.object({ bucketSec: z.number().int(), points: z.array(seriesPointSchema) });
