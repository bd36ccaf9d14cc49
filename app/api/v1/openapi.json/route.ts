import { API } from "@/schemas/api";
import { openApiDocument } from "@/schemas/openapi";
import { route } from "@/server/http/route";

export const GET = route(API.openApi, ({ call }) => openApiDocument(process.env.RINGWATCH_PUBLIC_URL ?? call.url.origin));
