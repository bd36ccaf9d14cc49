import { describe, expect, it } from "vitest";
import type { FleetEvent } from "./devices";
import { IngestRelay } from "./relay";
import type { RelayProblem } from "./relayOptions";

const heartbeat = (i: number): FleetEvent => ({
  type: "heartbeat",
  deviceId: `dev-${i}`,
  ts: "2026-10-21T07:28:00.000Z",
  eventId: `dev-${i}:boot:0`,
  bootId: "boot",
  intervalSec: 10,
  versions: { agent: "7.11.0" },
});

/** A fake server: `answer` decides each response from the events of the request. */
function fakeServer(answer: (events: FleetEvent[], request: number) => Response) {
  const requests: FleetEvent[][] = [];
  const fetchImpl = (async (_url: string | URL | Request, init?: RequestInit) => {
    const { events } = JSON.parse(String(init?.body)) as { events: FleetEvent[] };
    requests.push(events);
    return answer(events, requests.length);
  }) as typeof fetch;
  return { requests, fetchImpl };
}

const accepted = (events: FleetEvent[]) => new Response(JSON.stringify({ accepted: events.length, duplicates: 0, rejected: [] }), { status: 202 });
const ids = (events: FleetEvent[]) => events.map((event) => event.eventId);
const options = { baseUrl: "http://relay.test", apiKey: "rw_test", retryBaseDelayMs: 1, retryMaxDelayMs: 2 };

describe("IngestRelay", () => {
  it("ships full batches and a last partial one on flush", async () => {
    const server = fakeServer(accepted);
    const relay = new IngestRelay({ ...options, fetchImpl: server.fetchImpl, batchSize: 2, concurrency: 1 });
    for (let i = 0; i < 5; i += 1) relay.enqueue(heartbeat(i));
    await relay.flush();
    expect(server.requests.map((events) => events.length)).toEqual([2, 2, 1]);
    expect(relay.stats()).toMatchObject({ queued: 0, inFlight: 0, sent: 5, accepted: 5, requests: 3, retries: 0 });
  });

  it("waits out a 429 and re-sends the same batch", async () => {
    const server = fakeServer((events, request) => (request === 1 ? new Response("", { status: 429, headers: { "retry-after": "0" } }) : accepted(events)));
    const relay = new IngestRelay({ ...options, fetchImpl: server.fetchImpl, batchSize: 3 });
    for (let i = 0; i < 3; i += 1) relay.enqueue(heartbeat(i));
    await relay.flush();
    expect(ids(server.requests[1])).toEqual(ids(server.requests[0]));
    expect(relay.stats()).toMatchObject({ sent: 3, accepted: 3, throttled: 1, retries: 1, requests: 2 });
  });

  it("halves a batch the server finds too large until it fits", async () => {
    const server = fakeServer((events) => (events.length > 2 ? new Response("too large", { status: 413 }) : accepted(events)));
    const relay = new IngestRelay({ ...options, fetchImpl: server.fetchImpl, batchSize: 4 });
    for (let i = 0; i < 4; i += 1) relay.enqueue(heartbeat(i));
    await relay.flush();
    expect(server.requests.map((events) => events.length)).toEqual([4, 2, 2]);
    expect(relay.stats()).toMatchObject({ sent: 4, accepted: 4, rejected: 0 });
  });

  it("retries a 5xx, but counts a 4xx refusal as final and reports it", async () => {
    const problems: RelayProblem[] = [];
    const server = fakeServer((_events, request) => new Response("nope", { status: request === 1 ? 503 : 400 }));
    const relay = new IngestRelay({ ...options, fetchImpl: server.fetchImpl, batchSize: 2, onError: (problem) => problems.push(problem) });
    relay.enqueue(heartbeat(0));
    relay.enqueue(heartbeat(1));
    await relay.flush();
    expect(problems.map((problem) => [problem.outcome, problem.status])).toEqual([
      ["retry", 503],
      ["refused", 400],
    ]);
    expect(relay.stats()).toMatchObject({ sent: 2, accepted: 0, rejected: 2, retries: 1, lastError: "HTTP 400: nope" });
  });

  it("counts what close() could not deliver as unsent, in flight, queued or late", async () => {
    // A server that never answers: only the relay's abort ends the request.
    const fetchImpl = ((_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)))) as typeof fetch;
    const relay = new IngestRelay({ ...options, fetchImpl, batchSize: 2, concurrency: 1 });
    for (let i = 0; i < 5; i += 1) relay.enqueue(heartbeat(i));
    const stats = await relay.close({ flush: false, timeoutMs: 20 });
    expect(stats).toMatchObject({ sent: 0, unsent: 5, queued: 0, inFlight: 0 });
    relay.enqueue(heartbeat(5));
    expect(relay.stats().unsent).toBe(6);
  });

  it("refuses a batch size beyond the contract's 5,000", () => {
    expect(() => new IngestRelay({ ...options, batchSize: 5001 })).toThrow(/batchSize/);
  });
});
