import { z } from "zod";
import { readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { serveManifest } from "@/server/services/manifest/serve";

const manifestQuery = z.object({ deviceId: z.string().min(1).max(128) });

export const GET = apiRoute({ permission: "manifest:read" }, async ({ req, db }) => json(await serveManifest(db, readQuery(req, manifestQuery).deviceId)));
