import { pathOf, type BodyInputOf, type EndpointDefinition, type PathParams, type QueryInputOf, type ResponseOf } from "@/schemas/api";
import type { ErrorResponse } from "@/schemas/errors";

export type ApiErrorDetail = NonNullable<ErrorResponse["error"]["details"]>[number];

/** A non-2xx answer from the Ringwatch API, carrying the contract's error code, message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

function isErrorResponse(body: unknown): body is ErrorResponse {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === "object" && error !== null && "message" in error && "code" in error;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorResponse(body)) {
    return new ApiError(response.status, body.error.code, body.error.message, body.error.details ?? []);
  }
  return new ApiError(response.status, "http_error", `The server answered ${response.status} ${response.statusText}.`);
}

/** Fetches a JSON resource from the API; throws `ApiError` on any non-2xx answer. */
export async function apiRequest<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json");
  if (init.body !== undefined) headers.set("Content-Type", "application/json");
  const response = await fetch(path, { ...init, headers, credentials: "same-origin" });
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

type QueryValue = string | number | boolean | undefined | null;

/** What a call to an endpoint sends: its path parameters, query and body, typed by the registry entry. */
export type CallInput<E extends EndpointDefinition> = (keyof PathParams<E["path"]> extends never
  ? { params?: undefined }
  : { params: PathParams<E["path"]> }) & {
  query?: QueryInputOf<E>;
  body?: BodyInputOf<E>;
  signal?: AbortSignal;
};

/** URL of an endpoint with its parameters and query: for links and downloads (`format=csv`). */
export function endpointUrl<E extends EndpointDefinition>(
  endpoint: E,
  input: { params?: Record<string, string>; query?: Record<string, QueryValue> } = {},
): string {
  return `${pathOf(endpoint.path, input.params ?? {})}${toQueryString(input.query ?? {})}`;
}

/** Calls a registry endpoint (schemas/api): its method, path and answer type come from the entry. */
export function callApi<E extends EndpointDefinition>(
  endpoint: E,
  ...[input]: keyof PathParams<E["path"]> extends never ? [CallInput<E>?] : [CallInput<E>]
): Promise<ResponseOf<E>> {
  const { params, query, body, signal } = (input ?? {}) as {
    params?: Record<string, string>;
    query?: Record<string, QueryValue>;
    body?: unknown;
    signal?: AbortSignal;
  };
  return apiRequest<ResponseOf<E>>(endpointUrl(endpoint, { params, query }), {
    method: endpoint.method,
    signal,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** `?a=1&b=2` from the defined, non-empty values; "" when nothing is set. */
export function toQueryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
