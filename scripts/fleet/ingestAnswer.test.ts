import { describe, expect, it } from "vitest";
import { classifyAnswer, parseIngestAnswer, retryAfterMs } from "./ingestAnswer";

const NOW = Date.parse("Wed, 21 Oct 2026 07:28:00 GMT");

describe("retryAfterMs", () => {
  it("reads delay-seconds", () => {
    expect(retryAfterMs("5", NOW)).toBe(5000);
    expect(retryAfterMs("0", NOW)).toBe(0);
    expect(retryAfterMs("1.5", NOW)).toBe(1500);
  });

  it("reads an HTTP date as the time left until then", () => {
    expect(retryAfterMs("Wed, 21 Oct 2026 07:28:30 GMT", NOW)).toBe(30_000);
  });

  it("does not wait for a date already past", () => {
    expect(retryAfterMs("Wed, 21 Oct 2026 07:27:00 GMT", NOW)).toBe(0);
    expect(retryAfterMs("-3", NOW)).toBe(0);
  });

  it("caps the wait at a minute, in either form", () => {
    expect(retryAfterMs("120", NOW)).toBe(60_000);
    expect(retryAfterMs("Wed, 21 Oct 2026 08:28:00 GMT", NOW)).toBe(60_000);
  });

  it("waits one second when the header is absent or unreadable", () => {
    expect(retryAfterMs(null, NOW)).toBe(1000);
    expect(retryAfterMs("", NOW)).toBe(1000);
    expect(retryAfterMs("soon", NOW)).toBe(1000);
  });
});

describe("classifyAnswer", () => {
  it("takes the counts of a 202", () => {
    const body = JSON.stringify({ accepted: 7, duplicates: 2, rejected: [{ index: 3, error: { code: "invalid_event", message: "x" } }] });
    expect(classifyAnswer(202, body, null, 10, NOW)).toEqual({ kind: "answered", accepted: 7, duplicates: 2, rejected: 1 });
  });

  it("retries a 429 after its Retry-After", () => {
    expect(classifyAnswer(429, "", "3", 10, NOW)).toEqual({ kind: "retry", delayMs: 3000, status: 429, message: "HTTP 429 too many requests" });
  });

  it("asks for a smaller batch on 413", () => {
    expect(classifyAnswer(413, "too big", null, 10, NOW)).toEqual({ kind: "too_large" });
  });

  it("retries 408 and 5xx with backoff (no delay of its own)", () => {
    expect(classifyAnswer(503, "busy", null, 10, NOW)).toEqual({ kind: "retry", status: 503, message: "HTTP 503: busy" });
    expect(classifyAnswer(408, "slow", null, 10, NOW)).toMatchObject({ kind: "retry", status: 408 });
  });

  it("refuses other statuses for good, with the start of the body", () => {
    const attempt = classifyAnswer(400, "x".repeat(1000), null, 10, NOW);
    expect(attempt).toMatchObject({ kind: "refused", status: 400 });
    expect(attempt.kind === "refused" && attempt.message.length).toBe(300);
  });
});

describe("parseIngestAnswer", () => {
  it("derives accepted from the rejections when the count is missing", () => {
    expect(parseIngestAnswer(JSON.stringify({ rejected: [{}, {}] }), 10)).toEqual({ kind: "answered", accepted: 8, duplicates: 0, rejected: 2 });
  });

  it("counts every event as accepted when the body cannot be read", () => {
    expect(parseIngestAnswer("<html>", 10)).toEqual({ kind: "answered", accepted: 10, duplicates: 0, rejected: 0 });
  });
});
