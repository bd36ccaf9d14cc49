import type { CreateDeploymentInput } from "@/queries/rollouts";

/** One editable stage row; bake time in minutes as typed, `key` stays with the row when reordered. */
export interface StageDraft {
  key: number;
  ring: string;
  bakeMinutes: string;
}

/** Short bake on the first ring, a longer one on the next, none on the ring that takes everyone. */
export const DEFAULT_BAKE_MINUTES: Readonly<Record<string, number>> = { canary: 10, early: 30, broad: 0 };
const FIRST_RING_BAKE_MINUTES = 10;
const MIDDLE_RING_BAKE_MINUTES = 30;
const SECONDS_PER_MINUTE = 60;
export const MAX_STAGES = 20;

function defaultBake(ring: string, index: number, count: number): number {
  if (ring in DEFAULT_BAKE_MINUTES) return DEFAULT_BAKE_MINUTES[ring];
  if (index === count - 1) return 0;
  return index === 0 ? FIRST_RING_BAKE_MINUTES : MIDDLE_RING_BAKE_MINUTES;
}

/** One stage per ring, in rollout order. */
export function defaultStages(ringNames: readonly string[]): StageDraft[] {
  return ringNames.map((ring, index) => ({ key: index, ring, bakeMinutes: String(defaultBake(ring, index, ringNames.length)) }));
}

const nextKey = (stages: StageDraft[]) => stages.reduce((max, s) => Math.max(max, s.key), -1) + 1;

/** Appends a stage on the first ring not yet used (or the first ring when all are). */
export function addStage(stages: StageDraft[], ringNames: readonly string[]): StageDraft[] {
  const used = new Set(stages.map((s) => s.ring));
  const ring = ringNames.find((name) => !used.has(name)) ?? ringNames[0] ?? "";
  return [...stages, { key: nextKey(stages), ring, bakeMinutes: "0" }];
}

export function removeStage(stages: StageDraft[], index: number): StageDraft[] {
  return stages.filter((_, i) => i !== index);
}

/** Swaps a stage with its neighbour (`delta` -1 up, +1 down); out of range is a no-op. */
export function moveStage(stages: StageDraft[], index: number, delta: -1 | 1): StageDraft[] {
  const target = index + delta;
  if (index < 0 || index >= stages.length || target < 0 || target >= stages.length) return stages;
  const next = [...stages];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

export function updateStage(stages: StageDraft[], index: number, change: Partial<Omit<StageDraft, "key">>): StageDraft[] {
  return stages.map((s, i) => (i === index ? { ...s, ...change } : s));
}

function bakeMinutesOf(draft: StageDraft): number | null {
  const text = draft.bakeMinutes.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** What stops the stages from being sent, in words; empty when they are fine. */
export function stageProblems(stages: StageDraft[]): string[] {
  if (stages.length === 0) return ["Add at least one stage."];
  const problems: string[] = [];
  if (stages.length > MAX_STAGES) problems.push(`At most ${MAX_STAGES} stages.`);
  stages.forEach((stage, i) => {
    if (!stage.ring) problems.push(`Stage ${i + 1}: pick a ring.`);
    if (bakeMinutesOf(stage) === null) problems.push(`Stage ${i + 1}: bake time must be a number of minutes, 0 or more.`);
  });
  const seen = new Set<string>();
  for (const { ring } of stages) {
    if (ring && seen.has(ring)) problems.push(`Ring ${ring} is used by more than one stage.`);
    seen.add(ring);
  }
  return problems;
}

export function toStagesInput(stages: StageDraft[]): CreateDeploymentInput["stages"] {
  return stages.map((s) => ({ ring: s.ring, bakeSeconds: Math.round((bakeMinutesOf(s) ?? 0) * SECONDS_PER_MINUTE) }));
}
