import { API } from "@/schemas/api";
import { route } from "@/server/http/route";

export const GET = route(API.me, ({ ctx: { actor } }) => ({
  kind: actor.kind === "user" ? ("user" as const) : ("apiKey" as const),
  name: actor.name,
  ...(actor.kind === "user" ? { email: actor.email, role: actor.role } : actor.kind === "apiKey" ? { scopes: actor.scopes } : {}),
  permissions: [...actor.permissions].sort(),
}));
