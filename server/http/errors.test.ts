import { describe, expect, it, vi } from "vitest";
import { conflict, forbidden, invalid, notFound, ServiceError, unavailable } from "../services/errors";
import { AppError, errorAnswer, rateLimited, unauthorized } from "./errors";

describe("errorAnswer: the one mapping of a thrown error to the contract", () => {
  it.each([
    ["invalid", invalid("Bad ring.", [{ path: "$.percent", message: "sum to 100" }]), 400, "invalid_request"],
    ["forbidden", forbidden("This role (analyst) may not anomalies resolve."), 403, "forbidden"],
    ["not_found", notFound("Webhook 42"), 404, "not_found"],
    ["conflict", conflict("Cannot pause a deployment that is paused."), 409, "conflict"],
    ["unavailable", unavailable("plan_changing", "Retry shortly.", 1), 503, "plan_changing"],
  ])("answers a service's %s refusal with its status and contract code", (_kind, error, status, code) => {
    const answer = errorAnswer(error);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: { code, message: error.message, ...(error.details ? { details: error.details } : {}) } });
  });

  it("names when to retry an unavailable service, and only then", () => {
    expect(errorAnswer(unavailable("plan_changing", "Retry shortly.", 1)).headers).toEqual({ "Retry-After": "1" });
    expect(errorAnswer(conflict("no")).headers).toBeUndefined();
  });

  it("keeps a specific contract code a service names", () => {
    expect(errorAnswer(new ServiceError("invalid", "No such format.", { code: "unsupported_format" })).body.error.code).toBe("unsupported_format");
  });

  it("passes HTTP-only refusals through unchanged", () => {
    expect(errorAnswer(unauthorized())).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
    expect(errorAnswer(rateLimited("Slow down.", 3))).toMatchObject({ status: 429, headers: { "Retry-After": "3" } });
    expect(errorAnswer(new AppError(413, "payload_too_large", "Too big."))).toMatchObject({ status: 413, body: { error: { code: "payload_too_large" } } });
  });

  it("hides anything else behind a 500 and logs it", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(errorAnswer(new Error("connection reset"))).toMatchObject({ status: 500, body: { error: { code: "internal_error" } } });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
