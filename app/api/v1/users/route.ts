import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { createUser } from "@/server/services/users/create";
import { listUsers } from "@/server/services/users/list";

export const GET = route(API.listUsers, async ({ ctx }) => ({ items: await listUsers(ctx), nextCursor: null }));

export const POST = route(API.createUser, ({ ctx, body }) => createUser(ctx, body));
