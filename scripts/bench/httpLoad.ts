/** Sending the prepared batches to the app's ingest endpoint and tallying its answers. */
import { retryAfterMs } from "../fleet/ingestAnswer";
import type { PreparedBatch } from "./workload";

export interface SendOutcome {
  events: number;
  wallMs: number;
  latenciesMs: number[];
  accepted: number;
  duplicates: number;
  rejected: number;
  firstRejection?: string;
  throttled: number;
}

export interface IngestTarget {
  baseUrl: string;
  apiKey: string;
  gzip: boolean;
  signal: AbortSignal;
}

/** `clients` concurrent keep-alive clients, each taking the next batch until none is left. */
export async function sendBatches(target: IngestTarget, batches: PreparedBatch[], clients: number): Promise<SendOutcome> {
  const outcome: SendOutcome = { events: 0, wallMs: 0, latenciesMs: [], accepted: 0, duplicates: 0, rejected: 0, throttled: 0 };
  let next = 0;
  const client = async () => {
    for (let i = next++; i < batches.length; i = next++) await sendBatch(target, batches[i], i, outcome);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  outcome.wallMs = performance.now() - started;
  return outcome;
}

/** One batch: 429 waits for Retry-After and tries again; anything but 202 ends the run loudly. */
async function sendBatch(target: IngestTarget, batch: PreparedBatch, index: number, outcome: SendOutcome): Promise<void> {
  const headers: Record<string, string> = { authorization: `Bearer ${target.apiKey}`, "content-type": "application/json" };
  if (target.gzip) headers["content-encoding"] = "gzip";
  for (;;) {
    target.signal.throwIfAborted();
    const started = performance.now();
    const response = await fetch(`${target.baseUrl}/api/v1/ingest`, { method: "POST", headers, body: batch.body, signal: target.signal });
    const text = await response.text();
    if (response.status === 429) {
      outcome.throttled += 1;
      await new Promise((resolve) => setTimeout(resolve, retryAfterMs(response.headers.get("retry-after"))));
      continue;
    }
    if (response.status !== 202) throw new Error(`batch ${index}: HTTP ${response.status}: ${text.slice(0, 500)}`);
    outcome.latenciesMs.push(performance.now() - started);
    recordAnswer(outcome, batch.events, text);
    return;
  }
}

function recordAnswer(outcome: SendOutcome, events: number, text: string): void {
  const body = JSON.parse(text) as { accepted?: unknown; duplicates?: unknown; rejected?: unknown };
  if (typeof body.accepted !== "number") throw new Error(`202 without a numeric "accepted": ${text.slice(0, 300)}`);
  const rejected = Array.isArray(body.rejected) ? body.rejected : [];
  outcome.events += events;
  outcome.accepted += body.accepted;
  outcome.duplicates += typeof body.duplicates === "number" ? body.duplicates : 0;
  outcome.rejected += rejected.length;
  if (rejected.length > 0) outcome.firstRejection ??= JSON.stringify(rejected[0]);
}

/** The contract: a 202 means every valid event is stored. Fresh events must all be accepted. */
export function assertAllAccepted(outcome: SendOutcome, expected: number, phase: string): void {
  if (outcome.accepted === expected && outcome.events === expected) return;
  throw new Error(
    `${phase}: sent ${expected} events but the server accepted ${outcome.accepted} ` +
      `(duplicates ${outcome.duplicates}, rejected ${outcome.rejected}${outcome.firstRejection ? `, first rejection ${outcome.firstRejection}` : ""})`,
  );
}
