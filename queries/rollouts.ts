/**
 * Rings, releases, deployments and the audit trail as the pages see them. Every shape comes from the
 * route registry (schemas/api) and the server's schemas, type-only: this file only gives them names.
 */
import type { z } from "zod";
import type { DeploymentAction, DeploymentStatus, StageStatus } from "@/core/rollouts/deployment";
import type { API, BodyInputOf, QueryInputOf, ResponseOf } from "@/schemas/api";
import type { AuditEntry } from "@/schemas/audit";
import type { crashFreeVerdictSchema, DeploymentView, GateView, ReleaseView, RingHealth, RingView, stageSchema } from "@/schemas/rollouts";

export type { DeploymentAction, DeploymentStatus, StageStatus };
export type Ring = RingView;
export type { RingHealth };
export type Release = ReleaseView;
export type Deployment = DeploymentView;
export type Stage = z.infer<typeof stageSchema>;
export type Gate = GateView;
export type GateDecision = GateView["decision"];
export type { AuditEntry };

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One stage ring of a deployment: its exposed devices against the fair baseline (the rings not yet reached). */
export type StageHealth = ResponseOf<typeof API.deploymentHealth>["items"][number];
/** A proportion with its 95% interval; every value a share in 0..1, null when nothing reported. */
export type RateInterval = StageHealth["crashFree"];
/** The server's crash-free verdict (core/rollouts/gate `crashFreeVerdict`): colours follow it. */
export type CrashFreeVerdict = z.infer<typeof crashFreeVerdictSchema>;
export type DeploymentSeries = ResponseOf<typeof API.deploymentSeries>;
export type SeriesPoint = DeploymentSeries["points"][number];

export type CreateRingInput = BodyInputOf<typeof API.createRing>;
export type UpdateRingInput = BodyInputOf<typeof API.updateRing>;
/** Body of `PATCH /api/v1/rings`: applied together, so percentages can be rebalanced in one step. */
export type UpdateRingsInput = BodyInputOf<typeof API.updateRings>;
/** One row of it: the ring's id and only the fields that change. */
export type RingsChangeItem = UpdateRingsInput["rings"][number];
export type CreateReleaseInput = BodyInputOf<typeof API.createRelease>;
export type CreateDeploymentInput = BodyInputOf<typeof API.createDeployment>;
export type DeploymentListParams = QueryInputOf<typeof API.listDeployments> & { limit: number };
export type AuditListParams = QueryInputOf<typeof API.listAudit> & { limit: number };

/** Deployments that still hold a ring: their component cannot start another one. */
export const LIVE_STATUSES = ["active", "paused", "halted"] as const satisfies readonly DeploymentStatus[];
