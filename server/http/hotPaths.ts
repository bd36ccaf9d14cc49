import type { IncomingMessage, ServerResponse } from "node:http";
import { manifestEndpoint } from "./endpoints/manifest";
import { hotQueryRoute, type HotHandler } from "./hotRoute";

/** Endpoints every device calls all the time, by method and exact path. */
const HOT_PATHS = new Map<string, HotHandler>([["GET /api/v1/manifest", hotQueryRoute(manifestEndpoint)]]);

/**
 * Answers a hot-path request (true) or leaves it to Next (false). Only the exact path matches, so
 * whatever Next would do with a variant of it (trailing slash, `//`, HEAD, OPTIONS) it still does.
 */
export function answerHotPath(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = req.url ?? "/";
  const queryStart = url.indexOf("?");
  const handler = HOT_PATHS.get(`${req.method} ${queryStart < 0 ? url : url.slice(0, queryStart)}`);
  return handler ? handler(req, res, new URL(url, "http://localhost").searchParams) : Promise.resolve(false);
}
