import { z } from "zod";
import { RELEASE_OUTCOMES } from "../core/overview/history";

export const HISTORY_DAYS = { min: 7, max: 90, default: 7 } as const;

export const overviewHistoryQuerySchema = z.object({
  days: z.coerce.number().int().min(HISTORY_DAYS.min).max(HISTORY_DAYS.max).default(HISTORY_DAYS.default).describe("days of history, ending now"),
});

/** n of N: a share always comes with its counts. */
const shareSchema = z.object({ devices: z.number().int(), crashFree: z.number().int() });

export const releaseHistoryEntrySchema = z.object({
  deploymentId: z.string(),
  component: z.string(),
  version: z.string(),
  outcome: z.enum(RELEASE_OUTCOMES),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  ringsReached: z.array(z.string()),
  rings: z.array(z.string()).describe("every ring of the plan, in order"),
  exposedDevices: z.number().int().describe("devices offered the release"),
  anomalies: z.number().int().describe("anomalies detected on this deployment"),
});

export const adoptionSeriesSchema = z.object({
  deploymentId: z.string(),
  component: z.string(),
  version: z.string(),
  targetDevices: z.number().int().describe("devices now in the rings of the plan"),
  running: z.array(z.number().int()).describe("per day: target devices that had reported running the version by the day's end"),
});

export const crashFreeTrendSchema = z.object({
  ring: z.string(),
  days: z.array(shareSchema).describe("per day: devices known by the day's end, and of those, how many did not crash that day"),
});

export const weekSummarySchema = z.object({
  fleetDevices: z.number().int(),
  crashFreeNow: shareSchema.describe("the last 24 hours"),
  crashFreeWeekAgo: shareSchema.describe("the same 24 hours a week earlier"),
  deployments: z.object({ started: z.number().int(), completed: z.number().int(), paused: z.number().int(), rolledBack: z.number().int() }),
  openAnomalies: z.number().int().describe("open and acknowledged"),
});

export const overviewHistorySchema = z.object({
  asOf: z.string(),
  days: z.number().int(),
  dayEnds: z.array(z.string()).describe("the end of each day of the series; the last is asOf"),
  week: weekSummarySchema,
  releases: z.array(releaseHistoryEntrySchema).describe("deployments started in the window or still live, newest first"),
  adoption: z.array(adoptionSeriesSchema),
  crashFree: z.array(crashFreeTrendSchema),
});
export type OverviewHistory = z.infer<typeof overviewHistorySchema>;
export type ReleaseHistoryEntry = z.infer<typeof releaseHistoryEntrySchema>;
export type AdoptionSeries = z.infer<typeof adoptionSeriesSchema>;
export type CrashFreeTrend = z.infer<typeof crashFreeTrendSchema>;
export type WeekSummary = z.infer<typeof weekSummarySchema>;
