import type { z } from "zod";
import type { Permission } from "../access";
import { MAX_CSV_ROWS } from "../pagination";

export type Method = "GET" | "POST" | "PATCH" | "DELETE";

/** Another representation the endpoint answers with when the query asks for it (`format=csv`). */
export interface Download {
  contentType: string;
  description: string;
}

/** A list's `format=csv` download: every row its filters match, in the list's order, streamed page by page. */
export function csvDownloadOf(rows: string): Record<string, Download> {
  return {
    csv: {
      contentType: "text/csv",
      description: `\`format=csv\`: every matching ${rows} (up to ${MAX_CSV_ROWS.toLocaleString("en")}, in the list's order), as a CSV download.`,
    },
  };
}

/**
 * One endpoint of the contract, declared once: the route wrapper authorizes and validates with it,
 * the OpenAPI document describes it, the client takes its types from it, and the authorization
 * matrix test calls it with every kind of caller.
 */
export interface EndpointDefinition {
  method: Method;
  /** As the OpenAPI document writes it: `/api/v1/devices/{id}`. */
  path: string;
  /** What the caller must be allowed to do; `null` for the few public endpoints (no credentials). */
  permission: Permission | null;
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The documented body where the wire check is deliberately looser (ingest validates each event on its own). */
  documentedBody?: z.ZodType;
  /** Body cap after decompression; the wrapper's default (1 MiB) otherwise. */
  maxBodyBytes?: number;
  response: { status: 200 | 201 | 202; schema: z.ZodType; contentType?: string };
  /** Other representations chosen by `format` in the query. */
  downloads?: Record<string, Download>;
  /** Error statuses this endpoint can answer beyond the ones every endpoint can (400, 401, 403, 429). */
  errors?: readonly (404 | 409 | 413 | 415 | 503)[];
}

/** Keeps the literal types of a definition (method, path, permission) so handlers and clients are typed by it. */
export function endpoint<const E extends EndpointDefinition>(definition: E): E {
  return definition;
}

type ParamNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;

/** `{ id: string }` for `/api/v1/devices/{id}`. */
export type PathParams<Path extends string> = { [Name in ParamNames<Path>]: string };

export type QueryOf<E extends EndpointDefinition> = E["query"] extends z.ZodType ? z.output<E["query"]> : undefined;
/** What a client may send for the query: defaults and coercions not yet applied. */
export type QueryInputOf<E extends EndpointDefinition> = E["query"] extends z.ZodType ? z.input<E["query"]> : undefined;
export type BodyOf<E extends EndpointDefinition> = E["body"] extends z.ZodType ? z.output<E["body"]> : undefined;
export type BodyInputOf<E extends EndpointDefinition> = E["body"] extends z.ZodType ? z.input<E["body"]> : undefined;
/** The 2xx answer's JSON. */
export type ResponseOf<E extends EndpointDefinition> = z.output<E["response"]["schema"]>;

/** Path parameters from their values: `/api/v1/devices/{id}` with `{ id: "a b" }` -> `/api/v1/devices/a%20b`. */
export function pathOf(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${path} needs the path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

export function paramNamesOf(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
}
