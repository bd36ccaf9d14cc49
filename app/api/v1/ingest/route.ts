import { API } from "@/schemas/api";
import { MAX_EVENTS_PER_BATCH } from "@/schemas/events";
import { AppError } from "@/server/http/errors";
import { route } from "@/server/http/route";
import { countIngest } from "@/server/metrics/ingestCounters";
import { acceptEvents } from "@/server/services/ingest/accept";

export const POST = route(API.ingest, async ({ ctx, body }) => {
  if (body.events.length > MAX_EVENTS_PER_BATCH) {
    throw new AppError(413, "too_many_events", `A batch holds at most ${MAX_EVENTS_PER_BATCH} events; this one has ${body.events.length}. Split it.`);
  }
  const result = await acceptEvents(ctx, body.events);
  countIngest(result);
  return result;
});
