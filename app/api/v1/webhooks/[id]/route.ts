import { updateWebhookSchema } from "@/schemas/webhooks";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { deleteWebhook, getWebhook, updateWebhook } from "@/server/services/webhooks/manage";
import { serviceContext } from "@/server/services/context";

type Params = { id: string };

export const GET = apiRoute<Params>({ permission: "settings:manage" }, async ({ db, principal, params }) => json(await getWebhook(serviceContext(db, principal, new Date()), params.id)));

export const PATCH = apiRoute<Params>({ permission: "settings:manage" }, async ({ req, db, principal, params }) =>
  json(await updateWebhook(serviceContext(db, principal, new Date()), params.id, await readBody(req, updateWebhookSchema))),
);

export const DELETE = apiRoute<Params>({ permission: "settings:manage" }, async ({ db, principal, params }) => json(await deleteWebhook(serviceContext(db, principal, new Date()), params.id)));
