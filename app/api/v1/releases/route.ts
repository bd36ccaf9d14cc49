import { pageQuerySchema } from "@/schemas/pagination";
import { createReleaseSchema } from "@/schemas/rollouts";
import { readBody, readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { listReleases } from "@/server/queries/releases";
import { createRelease } from "@/server/services/releases/create";
import { serviceContext } from "@/server/services/context";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ req, db }) => json(await listReleases(db.sql, readQuery(req, pageQuerySchema))));

export const POST = apiRoute({ permission: "deployments:operate" }, async ({ req, db, principal }) =>
  json(await createRelease(serviceContext(db, principal, new Date()), await readBody(req, createReleaseSchema)), 201),
);
