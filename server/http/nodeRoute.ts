import type { IncomingMessage, ServerResponse } from "node:http";
import { parseCookie } from "cookie";
import { getToken } from "next-auth/jwt";
import type { EndpointDefinition, PathParams } from "../../schemas/api";
import { sessionSecret } from "../config";
import { tooLarge } from "./body";
import { encodeBody } from "./contentEncoding";
import { answerCall, type Answer, type ApiCall, type BoundRoute } from "./pipeline";

/** Answers the request and resolves true, or resolves false to leave the request to Next. */
export type HotHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name.toLowerCase()];
  return (Array.isArray(value) ? value.join(", ") : value) ?? null;
}

/** The body under the cap, as readCapped does for a web Request: a huge upload is refused, not buffered. */
async function readCappedStream(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(req.headers["content-length"] ?? "0") > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      req.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function nodeCall(req: IncomingMessage, url: URL): ApiCall {
  return {
    method: req.method ?? "GET",
    url,
    header: (name) => headerOf(req, name),
    rawBody: (maxBytes) => readCappedStream(req, maxBytes),
    // getToken reads the session cookie from a plain cookie map as well as from Next's.
    sessionToken: () => getToken({ req: { headers: req.headers, cookies: parseCookie(req.headers.cookie ?? "") } as never, secret: sessionSecret() }),
  };
}

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const { payload, contentEncoding } = encodeBody(req.headers["accept-encoding"], Buffer.from(JSON.stringify(body)));
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    vary: "Accept-Encoding",
    ...(contentEncoding ? { "content-encoding": contentEncoding } : {}),
    "content-length": payload.byteLength,
  });
  res.end(payload);
}

async function send(req: IncomingMessage, res: ServerResponse, answer: Answer): Promise<void> {
  if (answer.kind === "json") return sendJson(req, res, answer.status, answer.body, answer.headers);
  const payload = Buffer.from(await answer.response.arrayBuffer());
  res.writeHead(answer.response.status, { ...Object.fromEntries(answer.response.headers), "content-length": payload.byteLength });
  res.end(payload);
}

/** A bound route answered on node:http, through the same pipeline as Next's route for it. */
export function nodeRoute<E extends EndpointDefinition>(route: BoundRoute<E>, params: PathParams<E["path"]>): HotHandler {
  return async (req, res, url) => {
    await send(req, res, await answerCall(route, nodeCall(req, url), params));
    return true;
  };
}
