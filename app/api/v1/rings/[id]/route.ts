import { updateRingSchema } from "@/schemas/rollouts";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { updateRing } from "@/server/services/rings/save";
import { serviceContext } from "@/server/services/context";

export const PATCH = apiRoute<{ id: string }>({ permission: "settings:manage" }, async ({ req, db, principal, params }) =>
  json(await updateRing(serviceContext(db, principal, new Date()), params.id, await readBody(req, updateRingSchema))),
);
