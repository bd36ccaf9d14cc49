import { z } from "zod";
import { MAX_BATCH_BYTES, MAX_EVENTS_PER_BATCH } from "@/schemas/events";
import { readJson } from "@/server/http/body";
import { AppError, validationError } from "@/server/http/errors";
import { apiRoute, json } from "@/server/http/route";
import { countIngest } from "@/server/metrics/ingestCounters";
import { acceptEvents } from "@/server/services/ingest/accept";
import { serviceContext } from "@/server/services/context";

const envelopeSchema = z.object({ events: z.array(z.unknown()) });

export const POST = apiRoute({ permission: "events:write" }, async ({ req, db, principal }) => {
  const parsed = envelopeSchema.safeParse(await readJson(req, { maxBytes: MAX_BATCH_BYTES }));
  if (!parsed.success) throw validationError(parsed.error, "batch");
  if (parsed.data.events.length > MAX_EVENTS_PER_BATCH) {
    throw new AppError(413, "too_many_events", `A batch holds at most ${MAX_EVENTS_PER_BATCH} events; this one has ${parsed.data.events.length}. Split it.`);
  }
  const result = await acceptEvents(serviceContext(db, principal, new Date()), parsed.data.events);
  countIngest(result);
  return json(result, 202);
});
