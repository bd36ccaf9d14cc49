import { updateUserSchema } from "@/schemas/users";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { updateUser } from "@/server/services/users/update";
import { serviceContext } from "@/server/services/context";

export const PATCH = apiRoute<{ id: string }>({ permission: "settings:manage" }, async ({ req, db, principal, params }) =>
  json(await updateUser(serviceContext(db, principal, new Date()), params.id, await readBody(req, updateUserSchema))),
);
