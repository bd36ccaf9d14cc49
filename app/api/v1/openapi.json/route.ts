import { openApiDocument } from "@/schemas/openapi";
import { json, publicRoute } from "@/server/http/route";

/** Public, like most API descriptions: it documents the surface, it exposes no data. */
export const GET = publicRoute(async (req) => json(openApiDocument(process.env.RINGWATCH_PUBLIC_URL ?? new URL(req.url).origin)));
