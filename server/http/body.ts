import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import type { z } from "zod";
import { isStorableText } from "../../schemas/storable";
import { AppError, badRequest, validationError } from "./errors";

const gunzipAsync = promisify(gunzip);
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface BodyLimits {
  maxBytes?: number;
}

/** A request's body as both servers hand it over (Next's Request, node:http's IncomingMessage). */
export interface BodySource {
  header(name: string): string | null;
  /** The raw bytes, never buffering more than maxBytes (a 413 beyond). */
  rawBody(maxBytes: number): Promise<Buffer>;
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError(413, "payload_too_large", `The body is larger than ${maxBytes} bytes (after decompression). Send smaller batches.`);
}

/** Reads the raw body without ever buffering more than the limit, so a huge upload cannot exhaust memory. */
export async function readCapped(req: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function decode(raw: Buffer, encoding: string, maxBytes: number): Promise<Buffer> {
  if (encoding === "" || encoding === "identity") return raw;
  if (encoding !== "gzip") {
    throw new AppError(415, "unsupported_encoding", `Content-Encoding "${encoding}" is not supported; send gzip or no encoding.`);
  }
  try {
    // maxOutputLength stops inflating at the cap: a gzip bomb costs at most maxBytes of memory.
    return await gunzipAsync(raw, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(maxBytes);
    throw badRequest("The body is not valid gzip data.");
  }
}

/** Content type, size, encoding and JSON syntax checks every JSON endpoint shares. */
export async function readJson(source: BodySource, limits: BodyLimits = {}): Promise<unknown> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BODY_BYTES;
  const contentType = (source.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (contentType !== "application/json") {
    throw new AppError(415, "unsupported_media_type", "Send the body as JSON with `Content-Type: application/json`.");
  }
  const encoding = (source.header("content-encoding") ?? "").trim().toLowerCase();
  const body = await decode(await source.rawBody(maxBytes), encoding, maxBytes);
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new AppError(400, "malformed_json", "The body is not valid JSON.");
  }
}

/**
 * The same request with its body already read under the cap, for handlers that parse the body
 * themselves (next-auth): a huge sign-in POST is a 413 before anything reads it.
 */
export async function withCappedBody<R extends Request>(req: R, rebuild: (body: Buffer) => R, limits: BodyLimits = {}): Promise<R> {
  if (!req.body) return req;
  return rebuild(await readCapped(req, limits.maxBytes ?? DEFAULT_MAX_BODY_BYTES));
}

export async function readBody<S extends z.ZodType>(source: BodySource, schema: S, limits?: BodyLimits): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJson(source, limits));
  if (!parsed.success) throw validationError(parsed.error, "body");
  return parsed.data;
}

/**
 * Validates a query string; a repeated parameter counts with its last value. A value PostgreSQL
 * cannot compare against (a NUL, `%00`) is refused here for every endpoint at once.
 */
export function parseQuery<S extends z.ZodType>(query: URLSearchParams, schema: S): z.infer<S> {
  const unstorable = [...query].filter(([, value]) => !isStorableText(value));
  if (unstorable.length > 0) {
    throw badRequest(
      "The query string is invalid; see details for each problem.",
      unstorable.map(([name]) => ({ path: `$.${name}`, message: "must not contain NUL (%00)" })),
    );
  }
  const parsed = schema.safeParse(Object.fromEntries(query));
  if (!parsed.success) throw validationError(parsed.error, "query string");
  return parsed.data;
}
