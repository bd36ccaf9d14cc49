import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { listAlerts } from "@/server/queries/alerts";

// Read state belongs to an account: a signed-in user gets theirs, an API key none (see the registry).
export const GET = route(API.listAlerts, ({ ctx, query }) => listAlerts(ctx.db.sql, query, ctx.actor.kind === "user" ? ctx.actor.id : null));
