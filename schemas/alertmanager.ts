import { z } from "zod";

export const alertmanagerTargetStatusSchema = z.object({
  url: z.string().describe("the Alertmanager base URL, without credentials"),
  lastAttemptAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastStatusCode: z.number().int().nullable(),
  consecutiveFailures: z.number().int(),
  firing: z.number().int().describe("live anomalies the last successful push reported as firing"),
});
export type AlertmanagerTargetStatus = z.infer<typeof alertmanagerTargetStatusSchema>;

export const alertmanagerStatusSchema = z.object({
  configured: z.boolean().describe("RINGWATCH_ALERTMANAGER_URLS is set"),
  configError: z.string().nullable().describe("why the settings cannot work; nothing is pushed then"),
  resendSec: z.number().nullable(),
  extraLabels: z.record(z.string(), z.string()),
  targets: z.array(alertmanagerTargetStatusSchema),
});
export type AlertmanagerStatus = z.infer<typeof alertmanagerStatusSchema>;
