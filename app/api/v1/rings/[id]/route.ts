import { updateRingSchema } from "@/schemas/rollouts";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { updateRing } from "@/server/services/rings/save";

export const PATCH = apiRoute<{ id: string }>({ permission: "settings:manage" }, async ({ req, db, principal, params }) =>
  json(await updateRing(db, principal, params.id, await readBody(req, updateRingSchema))),
);
