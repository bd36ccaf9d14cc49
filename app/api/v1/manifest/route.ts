import { manifestEndpoint } from "@/server/http/endpoints/manifest";
import { queryRoute } from "@/server/http/route";

// Devices' requests (API keys) are answered before Next by the hot-path server (server/main.ts);
// this route answers the rest (session callers) and keeps the endpoint in Next's route table.
export const GET = queryRoute(manifestEndpoint);
