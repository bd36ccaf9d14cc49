import { manifestRoute } from "@/server/http/endpoints/manifest";
import { nextRoute } from "@/server/http/route";

// server/main.ts answers it first, through the same pipeline; this keeps it in Next's route table (and `next dev`).
export const GET = nextRoute(manifestRoute);
