import { droppedProtoKeys } from "../../schemas/storable";
import { eventSchema, MAX_EVENT_AGE_MS, MAX_FUTURE_SKEW_MS, type IngestEvent } from "../../schemas/events";

export interface AcceptedEvent {
  index: number;
  dedupeKey: string;
  event: IngestEvent;
}

export interface RejectedEvent {
  index: number;
  error: { code: string; message: string };
}

export interface TriagedBatch {
  valid: AcceptedEvent[];
  rejected: RejectedEvent[];
  /** Events repeated inside the same batch; only the first copy is stored. */
  inBatchDuplicates: number;
}

/** The contract's dedupe key: the agent's `eventId` when given, else (type, deviceId, ts). */
export function dedupeKeyOf(event: IngestEvent): string {
  if (event.eventId) return `id:${event.eventId}`;
  return `k:${event.type}:${event.deviceId}:${new Date(event.ts).toISOString()}`;
}

function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join(".") || "event"}: ${i.message}`).join("; ");
}

function timeWindowError(ts: string, now: Date): RejectedEvent["error"] | null {
  const age = now.getTime() - new Date(ts).getTime();
  if (age < -MAX_FUTURE_SKEW_MS) return { code: "ts_in_future", message: `ts ${ts} is more than 5 minutes ahead of the server clock; fix the agent's clock.` };
  if (age > MAX_EVENT_AGE_MS) return { code: "ts_too_old", message: `ts ${ts} is more than 7 days old; such events are not accepted.` };
  return null;
}

/**
 * The instant as JavaScript reads it, in UTC with milliseconds: what the dedupe key names and what is
 * stored (PostgreSQL would round finer digits, where JavaScript truncates them).
 */
function canonicalTs(ts: string): string {
  return new Date(ts).toISOString();
}

/** Validates every event on its own, so one bad event rejects only itself. */
export function triageBatch(events: unknown[], now: Date): TriagedBatch {
  const valid: AcceptedEvent[] = [];
  const rejected: RejectedEvent[] = [];
  const seen = new Set<string>();
  let inBatchDuplicates = 0;
  events.forEach((raw, index) => {
    const dropped = droppedProtoKeys(raw);
    if (dropped.length > 0) {
      rejected.push({ index, error: { code: "invalid_event", message: dropped.map((path) => `${path}: __proto__ cannot be a name`).join("; ") } });
      return;
    }
    const parsed = eventSchema.safeParse(raw);
    if (!parsed.success) {
      rejected.push({ index, error: { code: "invalid_event", message: describeIssues(parsed.error) } });
      return;
    }
    const windowError = timeWindowError(parsed.data.ts, now);
    if (windowError) {
      rejected.push({ index, error: windowError });
      return;
    }
    const event = { ...parsed.data, ts: canonicalTs(parsed.data.ts) };
    const dedupeKey = dedupeKeyOf(event);
    if (seen.has(dedupeKey)) {
      inBatchDuplicates++;
      return;
    }
    seen.add(dedupeKey);
    valid.push({ index, dedupeKey, event });
  });
  return { valid, rejected, inBatchDuplicates };
}
