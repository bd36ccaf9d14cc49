import { apiRoute, json } from "@/server/http/route";
import { listRings } from "@/server/queries/rings";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ db }) => json({ items: await listRings(db.sql), nextCursor: null }));
