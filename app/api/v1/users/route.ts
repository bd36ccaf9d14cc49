import { createUserSchema } from "@/schemas/users";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { createUser } from "@/server/services/users/create";
import { listUsers } from "@/server/services/users/list";
import { serviceContext } from "@/server/services/context";

export const GET = apiRoute({ permission: "settings:manage" }, async ({ db, principal }) => json({ items: await listUsers(serviceContext(db, principal, new Date())), nextCursor: null }));

export const POST = apiRoute({ permission: "settings:manage" }, async ({ req, db, principal }) =>
  json(await createUser(serviceContext(db, principal, new Date()), await readBody(req, createUserSchema)), 201),
);
