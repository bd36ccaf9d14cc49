import http from "node:http";
import https from "node:https";
import type { OutgoingRequest } from "./formats";
import { appConfig } from "../config";
import { assertPublicUrl, guardedLookup, isAllowListed, SsrfRefusal, type AllowListSettings } from "./ssrf";

export const DELIVERY_TIMEOUT_MS = 10_000;
/** How much of the receiver's answer the delivery log keeps. */
const RESPONSE_SNIPPET_BYTES = 512;

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  retryAfter: string | null;
  latencyMs: number;
  response: string | null;
  error: string | null;
}

/**
 * One POST, checked against SSRF at send time too (DNS may have changed since the webhook was
 * saved), with a hard 10 s budget for connect + answer. Redirects are not followed: a 3xx is a failure.
 */
export async function sendWebhook(rawUrl: string, request: OutgoingRequest, settings: AllowListSettings = appConfig()): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const url = await assertPublicUrl(rawUrl, settings);
    const answer = await postOnce(url, request, isAllowListed(url, settings));
    const ok = answer.statusCode >= 200 && answer.statusCode < 300;
    const redirect = answer.statusCode >= 300 && answer.statusCode < 400 ? `redirect to ${answer.location ?? "?"} not followed` : null;
    return { ok, statusCode: answer.statusCode, retryAfter: answer.retryAfter, latencyMs: elapsed(), response: answer.snippet, error: redirect };
  } catch (error) {
    const message = error instanceof SsrfRefusal ? error.message : `${(error as Error).message || String(error)}`;
    return { ok: false, statusCode: null, retryAfter: null, latencyMs: elapsed(), response: null, error: message };
  }
}

export interface RawAnswer {
  statusCode: number;
  retryAfter: string | null;
  location: string | null;
  snippet: string;
}

/** One POST with the 10 s budget; `anyAddress` skips the SSRF check of the connected address (allow-listed or operator-configured URLs). */
export function postOnce(url: URL, request: OutgoingRequest, anyAddress: boolean): Promise<RawAnswer> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: "POST",
      headers: { "user-agent": "Ringwatch-Webhooks/1", ...request.headers, "content-length": Buffer.byteLength(request.body) },
      // Allow-listed hosts are private on purpose; everything else connects only to checked addresses.
      ...(anyAddress ? {} : { lookup: guardedLookup }),
      timeout: DELIVERY_TIMEOUT_MS,
    });
    const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`)), DELIVERY_TIMEOUT_MS);
    req.on("timeout", () => req.destroy(new Error(`no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`)));
    req.on("error", (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        if (size < RESPONSE_SNIPPET_BYTES) chunks.push(chunk);
        size += chunk.length;
      });
      res.on("end", () => {
        clearTimeout(deadline);
        resolve({
          statusCode: res.statusCode ?? 0,
          retryAfter: headerValue(res.headers["retry-after"]),
          location: headerValue(res.headers.location),
          snippet: Buffer.concat(chunks).subarray(0, RESPONSE_SNIPPET_BYTES).toString("utf8"),
        });
      });
      res.on("error", reject);
    });
    req.end(request.body);
  });
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;
