import { updateUserSchema } from "@/schemas/users";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { updateUser } from "@/server/services/users/update";

export const PATCH = apiRoute<{ id: string }>({ permission: "settings:manage" }, async ({ req, db, principal, params }) =>
  json(await updateUser(db, principal, params.id, await readBody(req, updateUserSchema))),
);
