import { updateWebhookSchema } from "@/schemas/webhooks";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { deleteWebhook, getWebhook, updateWebhook } from "@/server/services/webhooks/manage";

type Params = { id: string };

export const GET = apiRoute<Params>({ permission: "settings:manage" }, async ({ db, params }) => json(await getWebhook(db, params.id)));

export const PATCH = apiRoute<Params>({ permission: "settings:manage" }, async ({ req, db, params }) =>
  json(await updateWebhook(db, params.id, await readBody(req, updateWebhookSchema))),
);

export const DELETE = apiRoute<Params>({ permission: "settings:manage" }, async ({ db, params }) => json(await deleteWebhook(db, params.id)));
