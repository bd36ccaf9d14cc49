import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { listRings } from "@/server/queries/rings";
import { createRing, updateRings } from "@/server/services/rings/save";

export const GET = route(API.listRings, async ({ ctx }) => ({ items: await listRings(ctx.db.sql), nextCursor: null }));

export const POST = route(API.createRing, ({ ctx, body }) => createRing(ctx, body));

/** Rebalances several rings at once; the percentages are checked on the resulting set. */
export const PATCH = route(API.updateRings, async ({ ctx, body }) => ({ items: await updateRings(ctx, body.rings), nextCursor: null }));
