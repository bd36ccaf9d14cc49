import { z } from "zod";

/** What went wrong, in the domain's words; server/http/errors.ts turns it into a status. */
export type ServiceErrorKind = "invalid" | "not_found" | "conflict" | "forbidden" | "unavailable";

export interface ErrorDetail {
  path: string;
  message: string;
}

/** The contract's error code when the service names none more specific. */
const DEFAULT_CODE: Readonly<Record<ServiceErrorKind, string>> = {
  invalid: "invalid_request",
  not_found: "not_found",
  conflict: "conflict",
  forbidden: "forbidden",
  unavailable: "unavailable",
};

export interface ServiceErrorOptions {
  /** A contract code more specific than the kind's (e.g. `plan_changing`). */
  code?: string;
  details?: ErrorDetail[];
  /** For `unavailable`: when trying again makes sense. */
  retryAfterSec?: number;
}

/** The one error a service throws: a refusal the caller can act on, never a crash. */
export class ServiceError extends Error {
  readonly code: string;
  readonly details?: ErrorDetail[];
  readonly retryAfterSec?: number;

  constructor(
    readonly kind: ServiceErrorKind,
    message: string,
    options: ServiceErrorOptions = {},
  ) {
    super(message);
    this.name = "ServiceError";
    this.code = options.code ?? DEFAULT_CODE[kind];
    this.details = options.details;
    this.retryAfterSec = options.retryAfterSec;
  }
}

export const invalid = (message: string, details?: ErrorDetail[]) => new ServiceError("invalid", message, { details });
export const notFound = (what: string) => new ServiceError("not_found", `${what} does not exist.`);
export const conflict = (message: string, details?: ErrorDetail[]) => new ServiceError("conflict", message, { details });
export const forbidden = (message: string) => new ServiceError("forbidden", message);
export const unavailable = (code: string, message: string, retryAfterSec: number) => new ServiceError("unavailable", message, { code, retryAfterSec });

export function isServiceError(error: unknown, kind?: ServiceErrorKind): error is ServiceError {
  return error instanceof ServiceError && (kind === undefined || error.kind === kind);
}

const uuid = z.uuid();

/** An id that is not even a UUID names nothing: not found, before asking the database (which would fail the cast). */
export function requireUuid(id: string, what: string): string {
  if (!uuid.safeParse(id).success) throw notFound(`${what} ${id}`);
  return id;
}
