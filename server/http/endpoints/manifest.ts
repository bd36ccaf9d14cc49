import { manifestQuerySchema } from "../../../schemas/rollouts";
import { serviceContext } from "../../services/context";
import { serveManifest } from "../../services/manifest/serve";
import { parseQuery } from "../body";
import type { QueryEndpoint } from "../endpoint";

/** GET /api/v1/manifest: every device asks every heartbeat, so the hot-path server answers it too. */
export const manifestEndpoint: QueryEndpoint<Awaited<ReturnType<typeof serveManifest>>> = {
  permission: "manifest:read",
  answer: ({ db, principal, query }) => serveManifest(serviceContext(db, principal, new Date()), parseQuery(query, manifestQuerySchema).deviceId),
};
