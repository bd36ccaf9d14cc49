import { apiRoute, json } from "@/server/http/route";
import { ringHealth } from "@/server/queries/ringHealth";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ db }) => json({ items: await ringHealth(db.sql, new Date()), nextCursor: null }));
