import { renderMetrics } from "@/core/metrics/exposition";
import { apiRoute } from "@/server/http/route";
import { collectMetrics } from "@/server/metrics/collect";
import { tickIntervalMs } from "@/worker/loop";

export const dynamic = "force-dynamic";

/** Prometheus scrape target; scrape with a `read` API key as bearer token. */
export const GET = apiRoute({ permission: "fleet:read" }, async ({ db }) => {
  const text = renderMetrics(await collectMetrics(db, new Date(), tickIntervalMs() / 1000));
  return new Response(text, { headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8" } });
});
