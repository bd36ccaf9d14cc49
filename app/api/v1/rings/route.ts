import { createRingSchema } from "@/schemas/rollouts";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { listRings } from "@/server/queries/rings";
import { createRing } from "@/server/services/rings/save";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ db }) => json({ items: await listRings(db.sql), nextCursor: null }));

export const POST = apiRoute({ permission: "settings:manage" }, async ({ req, db, principal }) =>
  json(await createRing(db, principal, await readBody(req, createRingSchema)), 201),
);
