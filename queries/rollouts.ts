/**
 * Rings, releases, deployments and the audit trail as the pages see them. The shapes come from the
 * server's schemas (type-only); the few answers without a schema yet are written out here, so this
 * file is the one place the client names them.
 */
import type { z } from "zod";
import type { DeploymentAction, DeploymentStatus, StageStatus } from "@/core/rollouts/deployment";
import type { AuditEntry } from "@/schemas/audit";
import type { DeploymentView, GateView, ReleaseView, RingHealth, RingView, stageSchema } from "@/schemas/rollouts";

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

/** A proportion with its 95% interval; every value a share in 0..1, null when nothing reported. */
export interface RateInterval {
  rate: number | null;
  low: number | null;
  high: number | null;
}

/** The server's crash-free verdict (core/rollouts/gate `crashFreeVerdict`): colours follow it. */
export type CrashFreeVerdict = "worse" | "no_clear_difference" | "no_baseline" | "not_enough_data";

/** One stage ring of a deployment: its exposed devices against the fair baseline (the rings not yet reached). */
export interface StageHealth {
  ring: string;
  stageStatus: StageStatus;
  exposed: number;
  reporting: number;
  crashed: number;
  bootLooping: number;
  silent: number;
  crashFree: RateInterval;
  verdict: CrashFreeVerdict;
  baseline: { version: string | null; devices: number; reporting: number; crashed: number; crashFree: RateInterval; basis: string; usable: boolean };
}

export interface SeriesPoint {
  t: string;
  /** Cumulative devices offered the release, per ring. */
  exposed: Record<string, number>;
  /** Crash rate (share of reporting devices) in the bucket. */
  crashRate: { candidate: number | null; baseline: number | null };
}

export interface DeploymentSeries {
  bucketSec: number;
  points: SeriesPoint[];
}

export interface CreateRingInput {
  name: string;
  order: number;
  percent?: number | null;
}

export type UpdateRingInput = Partial<CreateRingInput>;

/** One row of `PATCH /api/v1/rings`: the ring's id and only the fields that change. */
export type RingsChangeItem = UpdateRingInput & { id: string };

/** Body of `PATCH /api/v1/rings`: applied together, so percentages can be rebalanced in one step. */
export interface UpdateRingsInput {
  rings: RingsChangeItem[];
}

export interface CreateReleaseInput {
  component: string;
  version: string;
  notes?: string;
}

export interface CreateDeploymentInput {
  releaseId: string;
  stages: { ring: string; bakeSeconds: number }[];
  autoPause: boolean;
}

export interface DeploymentListParams {
  status?: DeploymentStatus;
  limit: number;
  cursor?: string;
}

export interface AuditListParams {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  limit: number;
  cursor?: string;
}

/** Deployments that still hold a ring: their component cannot start another one. */
export const LIVE_STATUSES = ["active", "paused", "halted"] as const satisfies readonly DeploymentStatus[];
