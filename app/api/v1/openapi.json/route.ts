import { API } from "@/schemas/api";
import { openApiDocument } from "@/schemas/openapi";
import { appConfig } from "@/server/config";
import { route } from "@/server/http/route";

export const GET = route(API.openApi, ({ call }) => openApiDocument(appConfig().RINGWATCH_PUBLIC_URL ?? call.url.origin));
