import { z } from "zod";
import { DEVICE_STATES } from "../core/devices/state";
import { listFormatSchema, pageQuerySchema } from "./pagination";

export const deviceStateSchema = z.enum(DEVICE_STATES);
export const DEVICE_SORTS = ["device_id", "last_seen", "hostname"] as const;

export const deviceListQuerySchema = pageQuerySchema.extend({
  ring: z.string().max(64).optional(),
  state: deviceStateSchema.optional(),
  component: z.string().max(64).optional(),
  version: z.string().max(128).optional(),
  q: z.string().max(128).optional(),
  sort: z.enum(DEVICE_SORTS).default("device_id"),
  format: listFormatSchema,
});
export type DeviceListQuery = z.infer<typeof deviceListQuerySchema>;

export const deviceSchema = z.object({
  deviceId: z.string(),
  hostname: z.string().nullable(),
  os: z.string().nullable(),
  osVersion: z.string().nullable(),
  model: z.string().nullable(),
  ring: z.string().nullable().describe("the pinned ring, else the ring the device hashes into"),
  ringPinned: z.boolean(),
  state: deviceStateSchema,
  versions: z.record(z.string(), z.string()),
  tags: z.record(z.string(), z.string()),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  lastHeartbeatAt: z.string().nullable(),
  intervalSec: z.number().nullable(),
  uptimeSec: z.number().nullable(),
  bootId: z.string().nullable(),
  lastCrashAt: z.string().nullable(),
  lastCrashKind: z.string().nullable(),
  bootLoopAt: z.string().nullable(),
});
export type Device = z.infer<typeof deviceSchema>;

export const timelineEntrySchema = z.object({
  type: z.enum(["heartbeat", "crash", "boot", "update"]),
  ts: z.string(),
  receivedAt: z.string(),
  event: z.record(z.string(), z.unknown()).describe("the event as the agent sent it"),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const deviceDetailSchema = deviceSchema.extend({ timeline: z.array(timelineEntrySchema) });
export type DeviceDetail = z.infer<typeof deviceDetailSchema>;

export const deviceSummarySchema = z.object({
  devices: z.number(),
  byState: z.record(deviceStateSchema, z.number()),
  byRing: z.array(z.object({ ring: z.string(), devices: z.number() })),
});
export type DeviceSummary = z.infer<typeof deviceSummarySchema>;
