import { API } from "@/schemas/api";
import { csvDownload } from "@/server/http/csvDownload";
import { route } from "@/server/http/route";
import { DEPLOYMENT_CSV_COLUMNS, deploymentPage, listDeployments } from "@/server/queries/deployments";
import { createDeployment } from "@/server/services/deployments/create";

export const GET = route(API.listDeployments, ({ ctx, query }) => {
  const { format, ...filter } = query;
  if (format === "json") return listDeployments(ctx.db.sql, filter, ctx.now);
  return csvDownload("deployments", ctx.now, DEPLOYMENT_CSV_COLUMNS, (cursor, limit) => deploymentPage(ctx.db.sql, { ...filter, cursor, limit }, ctx.now));
});

export const POST = route(API.createDeployment, ({ ctx, body }) => createDeployment(ctx, body));
