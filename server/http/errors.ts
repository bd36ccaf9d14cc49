import type { ZodError } from "zod";
import { ServiceError, type ErrorDetail, type ServiceErrorKind } from "../services/errors";

export type { ErrorDetail } from "../services/errors";
// Routes answer "no such thing" as services do; one constructor for both.
export { notFound } from "../services/errors";

/** A refusal only HTTP knows (credentials, body, size, rate): a contract error code, its status and an actionable message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: ErrorDetail[]) => new AppError(400, "invalid_request", message, details);
export const unauthorized = (message = "Send `Authorization: Bearer <api key>` or sign in.") => new AppError(401, "unauthorized", message);
export const forbidden = (message: string) => new AppError(403, "forbidden", message);
export const rateLimited = (message: string, retryAfterSec: number) =>
  new AppError(429, "rate_limited", message, undefined, { "Retry-After": String(retryAfterSec) });

/** JSON-path style location of a zod issue, e.g. `$.events[3].ts`. */
export function issuePath(path: ReadonlyArray<PropertyKey>, root = "$"): string {
  return path.reduce<string>((acc, part) => (typeof part === "number" ? `${acc}[${part}]` : `${acc}.${String(part)}`), root);
}

export function zodDetails(error: ZodError, root = "$"): ErrorDetail[] {
  return error.issues.map((issue) => ({ path: issuePath(issue.path, root), message: issue.message }));
}

export function validationError(error: ZodError, what = "request"): AppError {
  return badRequest(`The ${what} is invalid; see details for each problem.`, zodDetails(error));
}

/** A contract error ready to send, whichever server sends it (Next's routes or the hot paths). */
export interface ErrorAnswer {
  status: number;
  body: { error: { code: string; message: string; details?: ErrorDetail[] } };
  headers?: Record<string, string>;
}

/** The one place a service's refusal becomes an HTTP status. */
export const SERVICE_ERROR_STATUS: Readonly<Record<ServiceErrorKind, number>> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
};

function contractError(code: string, message: string, details?: ErrorDetail[]): ErrorAnswer["body"] {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

/** Maps anything thrown to the contract's JSON error; an unexpected error is logged and never shown. */
export function errorAnswer(error: unknown): ErrorAnswer {
  if (error instanceof ServiceError) {
    const headers = error.retryAfterSec === undefined ? undefined : { "Retry-After": String(error.retryAfterSec) };
    return { status: SERVICE_ERROR_STATUS[error.kind], body: contractError(error.code, error.message, error.details), headers };
  }
  if (error instanceof AppError) {
    const { status, code, message, details, headers } = error;
    return { status, body: contractError(code, message, details), headers };
  }
  console.error("[api] unexpected error", error);
  return { status: 500, body: { error: { code: "internal_error", message: "Something went wrong on our side; the request can be retried." } } };
}
