import { createUserSchema } from "@/schemas/users";
import { readBody } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { createUser } from "@/server/services/users/create";
import { listUsers } from "@/server/services/users/list";

export const GET = apiRoute({ permission: "settings:manage" }, async ({ db }) => json({ items: await listUsers(db), nextCursor: null }));

export const POST = apiRoute({ permission: "settings:manage" }, async ({ req, db }) =>
  json(await createUser(db, await readBody(req, createUserSchema)), 201),
);
