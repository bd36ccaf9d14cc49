import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { listReleases } from "@/server/queries/releases";
import { createRelease } from "@/server/services/releases/create";

export const GET = route(API.listReleases, ({ ctx, query }) => listReleases(ctx.db.sql, query));

export const POST = route(API.createRelease, ({ ctx, body }) => createRelease(ctx, body));
