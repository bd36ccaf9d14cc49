import { API } from "../../../schemas/api";
import { serveManifest } from "../../services/manifest/serve";
import { bindRoute } from "../pipeline";

/** GET /api/v1/manifest: every device asks every heartbeat, so server/main.ts answers it beside Next as well. */
export const manifestRoute = bindRoute(API.manifest, ({ ctx, query }) => serveManifest(ctx, query.deviceId));
