import type { Deployment, Stage } from "@/queries/rollouts";

/** Test data shaped like the API's answers; each test overrides what it is about. */
export function stage(overrides: Partial<Stage> = {}): Stage {
  return {
    ring: "canary",
    status: "pending",
    startedAt: null,
    finishedAt: null,
    bakeSeconds: 600,
    bakeRemainingSec: 600,
    bakePaused: false,
    exposedDevices: 0,
    waves: [],
    ...overrides,
  };
}

export function deployment(overrides: Partial<Deployment> = {}): Deployment {
  return {
    id: "3f2b6c1e-0000-4000-8000-000000000001",
    releaseId: "rel-1",
    component: "agent",
    version: "7.12.0",
    previousVersion: "7.11.3",
    status: "active",
    autoPause: true,
    onCohortAnomaly: "pause",
    budgets: [],
    pausedReason: null,
    stages: [
      stage({ ring: "canary", status: "baking", startedAt: "2026-11-22T10:00:00.000Z", bakeRemainingSec: 240, exposedDevices: 20 }),
      stage({ ring: "early", bakeSeconds: 1800, bakeRemainingSec: 1800 }),
      stage({ ring: "broad", bakeSeconds: 0, bakeRemainingSec: 0 }),
    ],
    allowedActions: ["pause", "halt", "rollback", "promote"],
    createdBy: "ops@example.com",
    createdAt: "2026-11-22T10:00:00.000Z",
    updatedAt: "2026-11-22T10:00:00.000Z",
    ...overrides,
  };
}
