import { renderMetrics } from "@/core/metrics/exposition";
import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { collectMetrics } from "@/server/metrics/collect";
import { tickIntervalMs } from "@/worker/loop";

export const dynamic = "force-dynamic";

/** Prometheus scrape target; scrape with a `read` API key as bearer token. */
export const GET = route(API.metrics, async ({ ctx }) => {
  const text = renderMetrics(await collectMetrics(ctx.db, ctx.now, tickIntervalMs() / 1000));
  return new Response(text, { headers: { "content-type": `${API.metrics.response.contentType}; charset=utf-8` } });
});
