import { z } from "zod";
import { MAX_ID_LENGTH, storableCount, storableStringMap, storableText } from "./storable";

export const MAX_EVENTS_PER_BATCH = 5_000;
export const MAX_BATCH_BYTES = 5 * 1024 * 1024;
/** Events further in the future than this are refused: the agent's clock is wrong. */
export const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;
/** Events older than this are refused: they would land outside every detection window. */
export const MAX_EVENT_AGE_MS = 7 * 24 * 60 * 60 * 1000;

const shortText = (max: number) => storableText({ min: 1, max });
const id = () => shortText(MAX_ID_LENGTH);

export const versionsSchema = storableStringMap(shortText(64), shortText(128), "components").describe("component name -> version string");

const tagsSchema = storableStringMap(shortText(64), storableText({ max: 256 }), "tags");

const eventBase = {
  deviceId: id(),
  ts: z.iso.datetime({ offset: true }).describe("RFC 3339 time the agent observed the event"),
  eventId: id().optional(),
};

export const heartbeatEventSchema = z.object({
  type: z.literal("heartbeat"),
  ...eventBase,
  bootId: id(),
  intervalSec: z.number().int().min(1).max(3600),
  versions: versionsSchema,
  uptimeSec: storableCount().optional(),
  hostname: shortText(255).optional(),
  os: shortText(64).optional(),
  osVersion: shortText(64).optional(),
  model: shortText(128).optional(),
  ring: shortText(64).optional(),
  tags: tagsSchema.optional(),
});

export const crashEventSchema = z.object({
  type: z.literal("crash"),
  ...eventBase,
  kind: z.enum(["kernel", "agent", "app"]),
  bootId: id().optional(),
  code: shortText(64).optional(),
  module: shortText(256).optional(),
  signature: shortText(256).optional(),
  versions: versionsSchema.optional(),
});

export const bootEventSchema = z.object({
  type: z.literal("boot"),
  ...eventBase,
  bootId: id(),
  previousShutdown: z.enum(["clean", "crash", "unknown"]),
  bootDurationMs: storableCount().optional(),
  versions: versionsSchema.optional(),
});

export const updateEventSchema = z.object({
  type: z.literal("update"),
  ...eventBase,
  component: shortText(64),
  toVersion: shortText(128),
  status: z.enum(["installed", "failed", "rolled_back"]),
  fromVersion: shortText(128).optional(),
  /** Why the agent changed version by itself, e.g. `boot_failure` with `rolled_back`: it reverted on its own. */
  reason: shortText(64).optional(),
});

export const eventSchema = z.discriminatedUnion("type", [heartbeatEventSchema, crashEventSchema, bootEventSchema, updateEventSchema]);
export type IngestEvent = z.infer<typeof eventSchema>;
export type HeartbeatEvent = z.infer<typeof heartbeatEventSchema>;

/** The envelope is checked first; each event is then validated on its own so one bad event rejects only itself. */
export const ingestBatchSchema = z.object({
  events: z.array(z.unknown()).max(MAX_EVENTS_PER_BATCH),
});

export const ingestRequestSchema = z.object({ events: z.array(eventSchema).max(MAX_EVENTS_PER_BATCH) });

export const ingestResponseSchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.array(z.object({ index: z.number().int(), error: z.object({ code: z.string(), message: z.string() }) })),
});
export type IngestResult = z.infer<typeof ingestResponseSchema>;
