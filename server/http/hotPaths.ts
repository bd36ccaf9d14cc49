import type { IncomingMessage, ServerResponse } from "node:http";
import { manifestRoute } from "./endpoints/manifest";
import { nodeRoute, type HotHandler } from "./nodeRoute";
import type { BoundRoute } from "./pipeline";

/** Endpoints every device calls all the time. Only paths without parameters: they match exactly. */
const HOT_ROUTES: BoundRoute[] = [manifestRoute as BoundRoute];

const HOT_PATHS = new Map<string, HotHandler>(HOT_ROUTES.map((route) => [`${route.endpoint.method} ${route.endpoint.path}`, nodeRoute(route, {})]));

/** The hot paths, as `METHOD path` (the route-table test checks each is a registry entry Next also routes). */
export const HOT_PATH_KEYS = [...HOT_PATHS.keys()];

/**
 * Answers a hot-path request (true) or leaves it to Next (false). Only the exact path matches, so
 * whatever Next would do with a variant of it (trailing slash, `//`, HEAD, OPTIONS) it still does.
 */
export function answerHotPath(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = req.url ?? "/";
  const queryStart = url.indexOf("?");
  const handler = HOT_PATHS.get(`${req.method} ${queryStart < 0 ? url : url.slice(0, queryStart)}`);
  return handler ? handler(req, res, new URL(url, "http://localhost")) : Promise.resolve(false);
}
