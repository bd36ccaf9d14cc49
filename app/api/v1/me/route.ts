import { apiRoute, json } from "@/server/http/route";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ principal }) =>
  json({
    kind: principal.kind,
    name: principal.name,
    ...(principal.kind === "user" ? { email: principal.email, role: principal.role } : principal.kind === "apiKey" ? { scopes: principal.scopes } : {}),
    permissions: [...principal.permissions].sort(),
  }),
);
