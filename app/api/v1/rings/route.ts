import { createRingSchema, updateRingsSchema } from "@/schemas/rollouts";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { listRings } from "@/server/queries/rings";
import { createRing, updateRings } from "@/server/services/rings/save";
import { serviceContext } from "@/server/services/context";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ db }) => json({ items: await listRings(db.sql), nextCursor: null }));

export const POST = apiRoute({ permission: "settings:manage" }, async ({ req, db, principal }) =>
  json(await createRing(serviceContext(db, principal, new Date()), await readBody(req, createRingSchema)), 201),
);

/** Rebalances several rings at once; the percentages are checked on the resulting set. */
export const PATCH = apiRoute({ permission: "settings:manage" }, async ({ req, db, principal }) =>
  json({ items: await updateRings(serviceContext(db, principal, new Date()), (await readBody(req, updateRingsSchema)).rings), nextCursor: null }),
);
